using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Recipes",
    Name = "Recipes",
    Description = "Runs a recipe on the tenant through the API, and lists the recipes shipped with the portal.",
    Category = "Infrastructure",
    IsAlwaysEnabled = true,
    Replaces = ["OrchardCore.Recipes"])]
