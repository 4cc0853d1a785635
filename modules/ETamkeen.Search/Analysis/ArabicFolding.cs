namespace ETamkeen.Search.Analysis;

/// <summary>
/// Spellings of one Arabic word that people type differently, brought to one form: alef with
/// hamza or madda or wasla → bare alef, hamza on waw or yeh → the bare letter, standalone hamza
/// dropped, alef maqsura → yeh, teh marbuta → heh, tatweel and harakat removed, Persian yeh and
/// keheh → Arabic yeh and kaf. Searching with or without hamza or diacritics then finds the same text.
/// </summary>
public static class ArabicFolding
{
    /// <summary>Folds <paramref name="length"/> characters of <paramref name="buffer"/> in place; returns the new length.</summary>
    public static int Fold(char[] buffer, int length)
    {
        var write = 0;
        for (var read = 0; read < length; read++)
        {
            var c = Map(buffer[read]);
            if (c != '\0')
            {
                buffer[write++] = c;
            }
        }

        return write;
    }

    public static string Fold(string text)
    {
        var buffer = text.ToCharArray();
        return new string(buffer, 0, Fold(buffer, buffer.Length));
    }

    /// <summary>The folded character, or <c>'\0'</c> when it is dropped.</summary>
    public static char Map(char c) => c switch
    {
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627', // آ أ إ ٱ → ا
        '\u0624' => '\u0648', // ؤ → و
        '\u0626' or '\u0649' or '\u06CC' => '\u064A', // ئ ى ی → ي
        '\u0629' => '\u0647', // ة → ه
        '\u06A9' => '\u0643', // ک → ك
        '\u0621' or '\u0640' => '\0', // ء and tatweel
        >= '\u064B' and <= '\u065F' => '\0', // harakat, shadda, sukun
        '\u0670' => '\0', // superscript alef
        >= '\u0610' and <= '\u061A' => '\0', // Quranic marks
        _ => c,
    };
}
