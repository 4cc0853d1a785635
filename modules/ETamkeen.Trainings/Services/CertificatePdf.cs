using System.Globalization;
using ETamkeen.Trainings.Models;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// The certificate as an A4 landscape PDF, with a QR code to its verification page. PDFsharp
/// neither shapes Arabic nor lays text right to left, so the certificate is written in French
/// (or English) and names are printed as stored. Throws <see cref="CertificatePdfUnavailableException"/>
/// when PDFsharp has no license (see <see cref="CertificateLicense"/>).
/// </summary>
public sealed class CertificatePdf(IStringLocalizer<CertificatePdf> t, IOptions<EvaluationOptions> options)
{
    private static readonly XColor Accent = XColor.FromArgb(0, 98, 65);

    public byte[] Render(CertificateView view, string verifyUrl, string culture)
    {
        CertificateLicense.Ensure(options.Value.PdfSharpLicense);
        CertificateFonts.EnsureInstalled();
        var language = culture == "en" ? "en" : "fr";
        try
        {
            return EvaluationMail.InCulture(language, () => Draw(view, verifyUrl, CultureInfo.GetCultureInfo(language)));
        }
        catch (PdfSharp.License.PdfSharpLicenseException e)
        {
            throw new CertificatePdfUnavailableException("PDFsharp refused the configured license: " + e.Message);
        }
    }

    private byte[] Draw(CertificateView view, string verifyUrl, CultureInfo culture)
    {
        var certificate = view.Certificate;
        using var document = new PdfDocument();
        document.Info.Title = t["Certificate of training"] + " " + certificate.Number;
        document.Info.Subject = certificate.Number;
        document.Info.Author = "e-TAMKEEN";
        document.Info.Keywords = verifyUrl;

        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            gfx.DrawRectangle(new XPen(Accent, 3), 20, 20, width - 40, height - 40);
            gfx.DrawRectangle(new XPen(Accent, 0.8), 28, 28, width - 56, height - 56);

            void Centered(string text, double y, double size, bool bold = false, XColor? color = null)
            {
                var font = Fit(gfx, text, size, bold, width - 120);
                gfx.DrawString(text, font, new XSolidBrush(color ?? XColors.Black), new XRect(60, y, width - 120, size * 1.4), XStringFormats.TopCenter);
            }

            Centered("e-TAMKEEN", 50, 30, bold: true, Accent);
            Centered(t["Programme for strengthening the skills of the public administration"], 88, 12);
            Centered(t["Certificate of training"], 120, 26, bold: true);
            Centered(t["This certifies that"], 172, 14);
            Centered(view.Participant.FullName, 196, 28, bold: true);
            Centered(t["took part in the training"], 246, 14);
            Centered(view.TrainingTitle, 270, 22, bold: true, Accent);
            if (view.Session is { } session)
            {
                var from = session.FirstDay?.ToString("d MMMM yyyy", culture) ?? "";
                var to = session.LastDay?.ToString("d MMMM yyyy", culture) ?? "";
                Centered(t["held in {0} from {1} to {2}", session.City, from, to], 316, 14);
                Centered(t["{0} hours of training", session.Hours.ToString("0.#", culture)], 338, 14);
            }

            var small = new XFont(CertificateFonts.Family, 10);
            var left = 60.0;
            gfx.DrawString(t["Certificate number: {0}", certificate.Number], small, XBrushes.Black, left, height - 120);
            gfx.DrawString(t["Issued on {0}", certificate.IssuedUtc.ToString("d MMMM yyyy", culture)], small, XBrushes.Black, left, height - 104);
            gfx.DrawString(t["Verification code: {0}", certificate.Code], small, XBrushes.Black, left, height - 88);
            gfx.DrawString(t["Check it at {0}", verifyUrl], small, XBrushes.Black, left, height - 72);

            DrawQr(gfx, verifyUrl, width - 60 - 110, height - 60 - 110, 110);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>
    /// Draws QRCoder's module matrix as squares: vector, so it stays sharp when printed (PDFsharp's
    /// image import doesn't read the PNG QRCoder's <c>PngByteQRCode</c> writes).
    /// </summary>
    private static void DrawQr(XGraphics gfx, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Length; column++)
            {
                if (matrix[row][column])
                {
                    // A hair wider than the module, so neighbours join without seams.
                    gfx.DrawRectangle(XBrushes.Black, x + (column * module), y + (row * module), module + 0.05, module + 0.05);
                }
            }
        }
    }

    // Long titles shrink until they fit the line rather than run off the page.
    private static XFont Fit(XGraphics gfx, string text, double size, bool bold, double width)
    {
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        var font = new XFont(CertificateFonts.Family, size, style);
        while (size > 9 && gfx.MeasureString(text, font).Width > width)
        {
            size -= 1;
            font = new XFont(CertificateFonts.Family, size, style);
        }

        return font;
    }
}
