using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Tenants",
    Name = "Tenants",
    Description = "MTNRA provisions and supervises ministry tenants: API, and later the admin and the national roll-up.",
    Category = "Infrastructure",
    DefaultTenantOnly = true)]
