using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Localization",
    Name = "Localization",
    Description = "The request's culture from the URL, a cookie or the browser among the site's cultures; Moroccan Arabic formats; missing translations for translators.",
    Category = "Internationalization",
    Replaces = ["OrchardCore.Localization"])]
