using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Library",
    Name = "Capitalisation library",
    Description = "Good practices, lessons learned, success stories and resources of e-TAMKEEN: a reviewed editorial flow and a public library with filters.",
    Category = "Content",
    Dependencies = ["ETamkeen.Contents", "ETamkeen.Media"])]
