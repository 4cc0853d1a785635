using ETamkeen.Localization;
using ETamkeen.Shells;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace ETamkeen.Tests.Localization;

public sealed class LocalizationCatalogTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "etk-po-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_tenant_s_file_overrides_the_modules_and_a_context_entry_wins_over_a_general_one()
    {
        Write("modules/ETamkeen.Users/fr.po", "msgid \"Sign in\"\nmsgstr \"Se connecter\"\n\nmsgctxt \"Ctx\"\nmsgid \"Save\"\nmsgstr \"Sauver ici\"\n\nmsgid \"Save\"\nmsgstr \"Enregistrer\"\n");
        Write("app/Sites/T1/Localization/fr.po", "msgid \"Sign in\"\nmsgstr \"Entrer\"\n");
        var catalog = Catalog(NullLogger<LocalizationCatalog>.Instance);

        Assert.Equal("Entrer", catalog.Find("T1", "fr-MA", "Any", "Sign in")!.Value.Text(null));
        Assert.Equal("Se connecter", catalog.Find("T2", "fr-MA", "Any", "Sign in")!.Value.Text(null));
        Assert.Equal("Sauver ici", catalog.Find("T2", "fr", "Ctx", "Save")!.Value.Text(null));
        Assert.Equal("Enregistrer", catalog.Find("T2", "fr", "Other", "Save")!.Value.Text(null));
        Assert.Null(catalog.Find("T2", "ar", "Other", "Save"));
    }

    [Fact]
    public void A_broken_file_is_logged_with_its_line_and_the_others_still_load()
    {
        Write("modules/A/ar.po", "msgid \"Yes\"\nmsgstr \"نعم\"\n");
        Write("modules/B/ar.po", "msgid \"No\"\nmsgstr \"لا\"\nmsgid \"broken\n");
        var logger = new ListLogger();
        var catalog = Catalog(logger);

        Assert.Equal("نعم", catalog.Find(null, "ar-MA", "x", "Yes")!.Value.Text(null));
        Assert.Null(catalog.Find(null, "ar-MA", "x", "No"));
        var error = Assert.Single(logger.Messages);
        Assert.Contains(Path.Combine("B", "ar.po"), error);
        Assert.Contains("line 3", error);
    }

    [Fact]
    public void Plural_forms_follow_the_culture_s_rule()
    {
        Write("modules/A/ar.po", """
            msgid "1 file"
            msgid_plural "{0} files"
            msgstr[0] "لا ملفات"
            msgstr[1] "ملف واحد"
            msgstr[2] "ملفان"
            msgstr[3] "{0} ملفات"
            msgstr[4] "{0} ملفا"
            msgstr[5] "{0} ملف"
            """);
        var match = Catalog(NullLogger<LocalizationCatalog>.Instance).Find(null, "ar", null, "1 file")!.Value;

        Assert.Equal(["لا ملفات", "ملف واحد", "ملفان", "{0} ملفات", "{0} ملفا", "{0} ملف"], new long[] { 0, 1, 2, 5, 11, 100 }.Select(n => match.Text(n)));
    }

    private LocalizationCatalog Catalog(ILogger<LocalizationCatalog> logger) =>
        new(new AppDataPaths(Path.Combine(_root, "app")), logger, Path.Combine(_root, "modules"));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private sealed class ListLogger : ILogger<LocalizationCatalog>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
