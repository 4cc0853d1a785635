using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Users",
    Name = "Users",
    Description = "The tenant's users: sign-in with lockout, password reset and e-mail confirmation, user admin, personal API tokens.",
    Dependencies = ["ETamkeen.Email"],
    Category = "Security",
    Replaces = ["OrchardCore.Users"])]
