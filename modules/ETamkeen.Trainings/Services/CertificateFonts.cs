using PdfSharp.Fonts;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// PDFsharp's core build finds no fonts by itself on Linux: this resolver serves one family,
/// <see cref="Family"/>, from a TrueType file on the machine (DejaVu Sans, else Liberation Sans or
/// Noto Sans), regular and bold. PDFsharp's resolver is process-wide, so it is set once.
/// </summary>
public sealed class CertificateFonts : IFontResolver
{
    public const string Family = "ETamkeen Certificate";

    private static readonly Lock Gate = new();

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
        ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
        ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ];

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private CertificateFonts(byte[] regular, byte[] bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>Installs the resolver unless one is there; throws with the paths tried when the machine has none of the fonts.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not null)
            {
                return;
            }

            var found = Candidates.FirstOrDefault(c => File.Exists(c.Regular));
            if (found.Regular is null)
            {
                throw new InvalidOperationException("No font for certificates: install one of " + string.Join(", ", Candidates.Select(c => c.Regular)) + ".");
            }

            var regular = File.ReadAllBytes(found.Regular);
            GlobalFontSettings.FontResolver = new CertificateFonts(regular, File.Exists(found.Bold) ? File.ReadAllBytes(found.Bold) : regular);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "certificate-bold" : "certificate-regular");

    public byte[]? GetFont(string faceName) => faceName == "certificate-bold" ? _bold : _regular;
}
