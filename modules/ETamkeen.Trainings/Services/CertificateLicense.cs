using PdfSharp;

namespace ETamkeen.Trainings.Services;

/// <summary>Certificates can't be drawn: PDFsharp has no license loaded on this server.</summary>
public sealed class CertificatePdfUnavailableException(string message) : Exception(message);

/// <summary>
/// PDFsharp 6.5 is published under the AGPL-3.0 (or a commercial license) and refuses to work
/// until one is loaded, process-wide. Which one is the operator's decision, so it is
/// configuration, never a default: <c>ETamkeen:Trainings:PdfSharpLicense</c> = <c>AGPL</c>, or
/// the commercial key. Without it, certificates are refused with a clear message.
/// </summary>
public static class CertificateLicense
{
    private static readonly Lock Gate = new();
    private static string? _loaded;

    public static void Ensure(string? license)
    {
        license = license?.Trim();
        if (string.IsNullOrEmpty(license))
        {
            throw new CertificatePdfUnavailableException("PDFsharp has no license: set ETamkeen:Trainings:PdfSharpLicense to AGPL or to a commercial key.");
        }

        lock (Gate)
        {
            if (_loaded == license)
            {
                return;
            }

            if (string.Equals(license, "AGPL", StringComparison.OrdinalIgnoreCase))
            {
                PdfSharpLicense.SetAgplLicense();
            }
            else
            {
                PdfSharpLicense.LoadLicense(license);
            }

            _loaded = license;
        }
    }
}
