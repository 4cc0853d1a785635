using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Email",
    Name = "E-mail",
    Description = "Sends the site's e-mail over SMTP: the platform's relay by default, or the site's own server; settings page with a test e-mail.",
    Category = "Messaging",
    Replaces = ["OrchardCore.Email", "OrchardCore.Email.Smtp"])]
