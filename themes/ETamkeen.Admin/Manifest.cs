using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Admin",
    Name = "Admin",
    Description = "The admin shell: layout, dashboard and the menu the enabled features contribute to.",
    Category = "Theme",
    Dependencies = ["ETamkeen.Users"],
    Replaces = ["OrchardCore.Admin", "OrchardCore.AdminMenu", "TheAdmin"])]
