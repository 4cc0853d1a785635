using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Users",
    Name = "Users",
    Description = "Sign-in and sign-out of the tenant's users with its own cookie.",
    Category = "Security",
    Replaces = ["OrchardCore.Users"])]
