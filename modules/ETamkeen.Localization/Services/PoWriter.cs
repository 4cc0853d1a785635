using System.Text;

namespace ETamkeen.Localization.Services;

/// <summary>Missing strings as an untranslated PO file (msgctxt, msgid, empty msgstr), ready for a translator.</summary>
public static class PoWriter
{
    public static string Write(IEnumerable<MissingTranslation> missing)
    {
        var po = new StringBuilder();
        po.Append("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n");
        foreach (var group in missing.GroupBy(m => (m.Context, m.Id)))
        {
            po.Append('\n').Append("# ").Append(string.Join(", ", group.Select(m => m.Culture).Distinct())).Append('\n');
            po.Append("msgctxt ").Append(Quote(group.Key.Context)).Append('\n');
            po.Append("msgid ").Append(Quote(group.Key.Id)).Append('\n');
            po.Append("msgstr \"\"\n");
        }

        return po.ToString();
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"";
}
