using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Features",
    Name = "Features",
    Description = "Lists a tenant's features and switches them on and off, with their dependencies.",
    Category = "Infrastructure",
    IsAlwaysEnabled = true,
    Replaces = ["OrchardCore.Features"])]
