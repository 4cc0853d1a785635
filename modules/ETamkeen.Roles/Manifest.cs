using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Roles",
    Name = "Roles",
    Description = "The tenant's roles and their permissions: admin pages, the Roles recipe step and its export.",
    Category = "Security",
    Dependencies = ["ETamkeen.Admin"],
    Replaces = ["OrchardCore.Roles"])]
