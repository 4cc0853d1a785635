using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Trainings",
    Name = "Training management",
    Description = "The e-TAMKEEN training catalogue, sessions, registrations with a waiting list and an approval workflow, attendance, evaluations and certificates.",
    Category = "Programme",
    Dependencies = ["ETamkeen.Contents", "ETamkeen.Users", "ETamkeen.Email", "ETamkeen.Workflows"])]
