using ETamkeen.Localization;
using Xunit;

namespace ETamkeen.Tests.Localization;

public sealed class PoParserTests
{
    [Fact]
    public void Reads_contexts_plurals_headers_and_skips_comments()
    {
        var document = PoParser.Parse("""
            # translator comment
            msgid ""
            msgstr ""
            "Language: fr\n"
            "Plural-Forms: nplurals=2; plural=(n > 1);\n"

            #: Views/Account/Login.cshtml:3
            msgid "Sign in"
            msgstr "Se connecter"

            msgctxt "/Views/Account/Login.cshtml"
            msgid "Sign in"
            msgstr "Connexion"

            msgid "1 item"
            msgid_plural "{0} items"
            msgstr[0] "{0} élément"
            msgstr[1] "{0} éléments"
            """);

        Assert.Equal("fr", document.Headers["Language"]);
        Assert.Equal("nplurals=2; plural=(n > 1);", document.PluralForms);
        Assert.Equal(3, document.Entries.Count);
        Assert.Contains(document.Entries, e => e.Context is null && e.Id == "Sign in" && e.Translations[0] == "Se connecter");
        Assert.Contains(document.Entries, e => e.Context == "/Views/Account/Login.cshtml" && e.Translations[0] == "Connexion");
        var plural = Assert.Single(document.Entries, e => e.IdPlural is not null);
        Assert.Equal(["{0} élément", "{0} éléments"], plural.Translations);
    }

    [Fact]
    public void Unescapes_and_joins_continued_lines()
    {
        var entry = Assert.Single(PoParser.Parse("""
            msgid ""
            "Line one\n"
            "Say \"hi\"\t\\ok"
            msgstr ""
            "Ligne un\n"
            "Dites \"salut\"\t\\ok"
            """).Entries);

        Assert.Equal("Line one\nSay \"hi\"\t\\ok", entry.Id);
        Assert.Equal("Ligne un\nDites \"salut\"\t\\ok", entry.Translations[0]);
    }

    [Fact]
    public void Leaves_out_fuzzy_and_untranslated_entries()
    {
        var document = PoParser.Parse("""
            #, fuzzy
            msgid "Guess"
            msgstr "Devinette"

            msgid "Empty"
            msgstr ""

            #, c-format
            msgid "Kept"
            msgstr "Gardé"
            """);

        Assert.Equal("Kept", Assert.Single(document.Entries).Id);
    }

    [Theory]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\nmsgid \"c\n", 3, "double quotes")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\nmsgfoo \"c\"\n", 4, "unknown keyword")]
    [InlineData("msgid \"a\"\nmsgid \"b\"\n", 2, "second msgid")]
    [InlineData("msgid \"a\\q\"\nmsgstr \"b\"\n", 1, "unknown escape")]
    [InlineData("\"orphan\"\n", 1, "without a keyword")]
    [InlineData("msgid \"a\"\n", 1, "without msgstr")]
    public void A_broken_file_names_the_file_and_line(string text, int line, string reason)
    {
        var error = Assert.Throws<PoParseException>(() => PoParser.Parse(text, "ar.po"));

        Assert.Equal("ar.po", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith($"ar.po({line}): ", error.Message);
    }
}
