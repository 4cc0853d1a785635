using ETamkeen.Modules;

[assembly: Module(
    "ETamkeen.Theme",
    Name = "e-TAMKEEN theme",
    Description = "The public site's layout and home page.",
    Category = "Theme",
    Replaces = ["TheBlogTheme", "TheAgencyTheme", "TheTheme", "TheComingSoonTheme", "SafeMode"])]
