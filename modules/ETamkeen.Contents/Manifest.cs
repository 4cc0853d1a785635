using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Contents",
    Name = "Contents",
    Description = "Content types defined as data, versioned content items in Orchard Core's JSON shape, their recipe steps, API and public pages.",
    Category = "Content",
    Replaces =
    [
        "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.ContentFields", "OrchardCore.Title",
        "OrchardCore.Autoroute", "OrchardCore.Alias", "OrchardCore.Html", "OrchardCore.Markdown", "OrchardCore.Lists",
        "OrchardCore.Taxonomies", "OrchardCore.Menu", "OrchardCore.Navigation", "OrchardCore.ContentLocalization",
    ])]
