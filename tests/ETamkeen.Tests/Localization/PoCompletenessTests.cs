using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ETamkeen.Localization;
using Xunit;

namespace ETamkeen.Tests.Localization;

/// <summary>
/// Keeps the shipped PO files complete: every string the modules and themes hand to a localizer
/// as a literal has a French and an Arabic translation, and every module and theme ships fr, ar
/// and en files the catalog can read. A missing translation would only show up as English (or
/// French) text on an Arabic page, and on the missing-translations page once someone visits it.
/// </summary>
public sealed partial class PoCompletenessTests
{
    private static readonly string[] TranslatedCultures = ["fr", "ar"];
    private static readonly string[] ShippedCultures = ["fr", "ar", "en"];
    private static readonly string[] ProjectFolders = ["modules", "themes"];

    // Folders that hold build output, packages or static files, never localized source.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", "wwwroot" };

    [Fact]
    public void Every_module_and_theme_ships_french_arabic_and_english_po_files_that_parse()
    {
        var problems = new List<string>();
        foreach (var project in Projects())
        {
            foreach (var culture in ShippedCultures)
            {
                var file = Path.Combine(project, "Localization", culture + ".po");
                if (!File.Exists(file))
                {
                    problems.Add($"{Relative(file)}: missing");
                    continue;
                }

                try
                {
                    var document = PoParser.ParseFile(file);
                    if (!document.Headers.TryGetValue("Language", out var language) || language != culture)
                    {
                        problems.Add($"{Relative(file)}: the header says Language: {language ?? "(none)"}, not {culture}");
                    }

                    if (document.PluralForms is null)
                    {
                        problems.Add($"{Relative(file)}: the header has no Plural-Forms");
                    }
                }
                catch (PoParseException e)
                {
                    problems.Add($"{Relative(file)}: {e.Message}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} PO file problem(s):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_localized_string_of_the_modules_and_themes_has_a_french_and_an_arabic_translation()
    {
        var translated = TranslatedCultures.ToDictionary(c => c, TranslatedIds, StringComparer.Ordinal);
        var missing = new List<string>();
        var found = 0;
        foreach (var project in Projects())
        {
            foreach (var file in SourceFiles(project))
            {
                foreach (var literal in Scan(File.ReadAllText(file)))
                {
                    found++;
                    var lacking = TranslatedCultures.Where(c => !translated[c].Contains(literal.Key)).ToList();
                    if (lacking.Count > 0)
                    {
                        missing.Add($"{Relative(file)}:{literal.Line}: {Quote(literal.Id)}{(literal.IdPlural is null ? "" : " / " + Quote(literal.IdPlural))} — no {string.Join(", ", lacking)}");
                    }
                }
            }
        }

        // A scanner that finds nothing would pass for the wrong reason.
        Assert.True(found > 100, $"Only {found} localized strings found: the scan no longer recognises the code.");
        Assert.True(missing.Count == 0,
            $"{missing.Count} localized string(s) without a translation in the modules' and themes' Localization/{{fr,ar}}.po:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Translations_keep_the_placeholders_of_their_source()
    {
        var problems = new List<string>();
        foreach (var project in Projects())
        {
            foreach (var culture in ShippedCultures)
            {
                var file = Path.Combine(project, "Localization", culture + ".po");
                if (!File.Exists(file) || TryParse(file) is not { } document)
                {
                    continue; // Reported by the test on the files themselves.
                }

                foreach (var entry in document.Entries)
                {
                    var source = Placeholders(entry.Id).Union(Placeholders(entry.IdPlural)).ToHashSet(StringComparer.Ordinal);
                    for (var i = 0; i < entry.Translations.Count; i++)
                    {
                        var translation = entry.Translations[i];
                        var own = Placeholders(translation).ToHashSet(StringComparer.Ordinal);

                        // A plural form may leave the number out ("نصان", two strings); any other translation keeps them all.
                        var lost = entry.IdPlural is null ? source.Except(own).ToList() : [];
                        var added = own.Except(source).ToList();
                        if (lost.Count > 0 || added.Count > 0)
                        {
                            problems.Add($"{Relative(file)}: {Quote(entry.Id)} [{i}] {(lost.Count > 0 ? "loses " + string.Join(" ", lost) : "")}{(added.Count > 0 ? " adds " + string.Join(" ", added) : "")}");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} translation(s) with other placeholders than their source:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_scan_reads_indexers_plurals_and_annotations_and_skips_what_it_cannot_know()
    {
        const string source = """
            var a = t["Saved \"{0}\".", name];
            <p>@T["Plain"]</p> <p>@T.Plural(Model.Items.Count(x => x.On), "1 item", "{0} items")</p>
            menu.Add(localizer["Menu"], "~/admin", 1, p);
            ModelState.AddModelError("", t[
                "On the next line"]);
            [Required(ErrorMessage = "Enter a name.")] [Display(Name = "Name")]
            var b = T[$"Interpolated {x}"]; var c = T[@"Verbatim"]; var d = T[message]; var e = T["Joined " + x];
            // T["In a comment"]
            var f = Model.T["Not a localizer"]; var g = ViewData["Title"];
            """;

        (int Line, string Id, string? IdPlural)[] expected =
        [
            (1, "Saved \"{0}\".", null),
            (2, "Plain", null),
            (2, "1 item", "{0} items"),
            (3, "Menu", null),
            (5, "On the next line", null),
            (6, "Enter a name.", null),
            (6, "Name", null),
        ];

        Assert.Equal(expected, Scan(source).Select(l => (l.Line, l.Id, l.IdPlural)));
    }

    /// <summary>A string literal handed to a localizer, where it is in its file.</summary>
    internal sealed record LocalizedLiteral(int Line, string Id, string? IdPlural)
    {
        /// <summary>What a PO entry must carry: the msgid, and for a plural its msgid_plural too.</summary>
        public string Key => IdPlural is null ? Id : Id + PoEntry.ContextSeparator + IdPlural;
    }

    /// <summary>
    /// The literals of <c>T["..."]</c>, <c>t["..."]</c>, <c>localizer["..."]</c> (the admin menus),
    /// <c>T.Plural(n, "...", "...")</c> and DataAnnotations' <c>ErrorMessage</c> and <c>Display(Name)</c>.
    /// Only plain literals count: an interpolated, verbatim, concatenated or computed key can't be
    /// known from the source, so it is translated by hand (see the comments in the PO files).
    /// </summary>
    internal static IEnumerable<LocalizedLiteral> Scan(string text)
    {
        var lineStarts = LineStarts(text);
        // Placed by the literal, not the call: a call may open on the line before its text.
        var matches = IndexerPattern().Matches(text).Select(m => (m.Groups["id"].Index, Id: m.Groups["id"].Value, Plural: (string?)null))
            .Concat(PluralPattern().Matches(text).Select(m => (m.Groups["id"].Index, Id: m.Groups["id"].Value, Plural: (string?)m.Groups["plural"].Value)))
            .Concat(AnnotationPattern().Matches(text).Select(m => (m.Groups["id"].Index, Id: m.Groups["id"].Value, Plural: (string?)null)))
            .OrderBy(m => m.Index);
        foreach (var (index, id, plural) in matches)
        {
            var line = LineOf(lineStarts, index);
            if (IsComment(text, lineStarts[line - 1]))
            {
                continue;
            }

            yield return new LocalizedLiteral(line, Unescape(id), plural is null ? null : Unescape(plural));
        }
    }

    // A regular C# string literal: no newline inside, backslash escapes, and no $ or @ before it
    // (the opening quote follows the bracket or comma directly, spaces aside).
    private const string Literal = """
        "((?:[^"\\\r\n]|\\.)*)"
        """;

    [GeneratedRegex("""(?<![\w.])(?:T|t|localizer)\[\s*(?<id>""" + Literal + """)\s*[,\]]""")]
    private static partial Regex IndexerPattern();

    // The count may be any expression with one level of parentheses: Model.Items.Count(x => x.On).
    [GeneratedRegex("""(?<![\w.])(?:T|t|localizer)\.Plural\(\s*[^,()"]*(?:\([^()]*\)[^,()"]*)*,\s*(?<id>""" + Literal + """)\s*,\s*(?<plural>""" + Literal + """)\s*[,)]""")]
    private static partial Regex PluralPattern();

    [GeneratedRegex("""(?:\bErrorMessage|\bDisplay\(\s*Name)\s*=\s*(?<id>""" + Literal + """)""")]
    private static partial Regex AnnotationPattern();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    private static IEnumerable<string> Placeholders(string? text) =>
        text is null ? [] : PlaceholderPattern().Matches(text).Select(m => m.Value[1..].Split(',', ':', '}')[0]).Distinct();

    private static HashSet<string> TranslatedIds(string culture)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in Projects())
        {
            var file = Path.Combine(project, "Localization", culture + ".po");
            if (File.Exists(file) && TryParse(file) is { } document)
            {
                foreach (var entry in document.Entries)
                {
                    ids.Add(entry.IdPlural is null ? entry.Id : entry.Id + PoEntry.ContextSeparator + entry.IdPlural);
                }
            }
        }

        return ids;
    }

    private static PoDocument? TryParse(string file)
    {
        try
        {
            return PoParser.ParseFile(file);
        }
        catch (PoParseException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Projects() =>
        ProjectFolders
            .Select(folder => Path.Combine(RepositoryRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateDirectories(folder))
            .Where(project => Directory.EnumerateFiles(project, "*.csproj").Any())
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(child)))
            {
                foreach (var file in SourceFiles(child))
                {
                    yield return file;
                }
            }
        }
    }

    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ETamkeen.Orchard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (ETamkeen.Orchard.sln) not found.");
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');

    private static string Quote(string text) => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> lineStarts, int index)
    {
        var found = lineStarts.BinarySearch(index);
        return found >= 0 ? found + 1 : ~found;
    }

    /// <summary>A line that is a C#, XML-doc or Razor comment: its code examples are not code.</summary>
    private static bool IsComment(string text, int lineStart)
    {
        var line = text.AsSpan(lineStart).TrimStart(" \t");
        return line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("*", StringComparison.Ordinal) || line.StartsWith("@*", StringComparison.Ordinal) || line.StartsWith("/*", StringComparison.Ordinal);
    }

    /// <summary>The value of a regular C# literal's text, as the localizer receives it.</summary>
    private static string Unescape(string literal)
    {
        var inner = literal[1..^1];
        var text = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 == inner.Length)
            {
                text.Append(inner[i]);
                continue;
            }

            var c = inner[++i];
            switch (c)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case '0': text.Append('\0'); break;
                case 'u' when i + 4 < inner.Length:
                    text.Append((char)int.Parse(inner.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }
}
