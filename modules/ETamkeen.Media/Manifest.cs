using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Media",
    Name = "Media",
    Description = "The tenant's media library: uploads checked by extension, size and content, served with safe headers.",
    Category = "Content",
    Replaces = ["OrchardCore.Media"])]
