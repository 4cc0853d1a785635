using System.Text;

namespace ETamkeen.Media.Services;

/// <summary>A .txt or .csv is stored only as UTF-8 text: binary data can't hide behind the extension.</summary>
public static class TextContent
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Check(Stream content)
    {
        using var reader = new StreamReader(content, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
        var buffer = new char[16 * 1024];
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (buffer.AsSpan(0, read).Contains('\0'))
                {
                    return "contains NUL bytes: it is binary data, not text.";
                }
            }

            return null;
        }
        catch (DecoderFallbackException)
        {
            return "is not UTF-8 text (save it as UTF-8 and upload it again).";
        }
    }
}
