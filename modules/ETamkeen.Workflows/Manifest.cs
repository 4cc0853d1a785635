using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Workflows",
    Name = "Workflows",
    Description = "Automates approvals, notifications and reminders: workflows started by content, timers, signals and user tasks, defined as data.",
    Category = "Workflows",
    Dependencies = ["ETamkeen.Contents"],
    Replaces = ["OrchardCore.Workflows"])]
