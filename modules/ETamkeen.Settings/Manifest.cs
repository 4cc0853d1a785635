using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Settings",
    Name = "Site settings",
    Description = "The site's name, cultures, time zone and page size, by API and by recipe.",
    Category = "Configuration",
    Replaces = ["OrchardCore.Settings"])]
