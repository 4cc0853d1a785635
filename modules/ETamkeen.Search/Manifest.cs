using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Search",
    Name = "Search",
    Description = "Lucene indexes of the published content, with French, Arabic and English analysis, a search page, a search API and facets.",
    Category = "Search",
    Dependencies = ["ETamkeen.Contents"],
    Replaces = ["OrchardCore.Search", "OrchardCore.Search.Lucene", "OrchardCore.Indexing"])]
