using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Tenants",
    Name = "Tenants",
    Description = "MTNRA provisions and supervises ministry tenants: API, admin pages and command line; later the national roll-up.",
    Category = "Infrastructure",
    DefaultTenantOnly = true)]
