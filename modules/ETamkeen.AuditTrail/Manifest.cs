using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.AuditTrail",
    Name = "Audit trail",
    Description = "A log of the administrators' actions on the site (content, features, settings, users): who, what, when.",
    Category = "Security",
    Replaces = ["OrchardCore.AuditTrail"])]
