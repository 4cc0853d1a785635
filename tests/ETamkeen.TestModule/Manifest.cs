using ETamkeen.Modules;

// A module that exists only in the test host: it exercises what every real module relies on
// (routes, services, migrations, index tables, MVC views, dependent and integration features).
[assembly: Module(
    "ETamkeen.TestModule",
    Name = "Test notes",
    Description = "Notes kept as documents; only referenced by the integration tests.",
    Category = "Testing")]

[assembly: Feature(
    "ETamkeen.TestModule.Tags",
    Name = "Test note tags",
    Dependencies = ["ETamkeen.TestModule"])]
