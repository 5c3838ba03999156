using System.Text;

namespace Glossary.Formats;

// Turns a glossary file's bytes into text. A byte-order mark decides (UTF-8, UTF-16 LE/BE, GB18030); without one the
// bytes must be valid UTF-8, else valid GB18030 (the encoding of most legacy Chinese files; it includes GBK). Nothing
// is ever decoded with replacement characters: bytes neither encoding accepts are an error naming their offset.
internal static class GlossaryText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Gb18030 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(
        54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!);

    public static string Decode(ReadOnlySpan<byte> bytes, IssueLog log)
    {
        var (encoding, skip) = FromByteOrderMark(bytes) ?? FromNulPattern(bytes, log) ?? (Utf8, 0);
        bytes = bytes[skip..];
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e) when (skip == 0 && encoding == Utf8)
        {
            // GB18030 only when everything before the first bad byte is ASCII: a UTF-8 file with one stray byte
            // further on is a broken UTF-8 file, and decoding all of it as GB18030 would turn every term into
            // look-alike garbage without a word of warning.
            var offset = FirstInvalidUtf8(bytes);
            text = (bytes[..offset].IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0 ? TryGb18030(bytes) : null) ?? throw log.Fatal(
                $"the file is not valid UTF-8: undecodable bytes at byte offset {offset} (save it as UTF-8; GB18030 and UTF-16 files are read too)", inner: e);
        }
        catch (DecoderFallbackException e)
        {
            throw log.Fatal($"the file is not valid {encoding.WebName}: undecodable bytes at byte offset {skip + Math.Max(e.Index, 0)}", inner: e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw log.Fatal("the file is empty");
        }

        return text;
    }

    private static (Encoding, int)? FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
        [0xFF, 0xFE, ..] => (Utf16Le, 2),
        [0xFE, 0xFF, ..] => (Utf16Be, 2),
        [0x84, 0x31, 0x95, 0x33, ..] => (Gb18030.Value, 4),
        _ => null,
    };

    // A file without a byte-order mark that holds NUL bytes is UTF-16 when they sit on one side of most code units
    // (ASCII and CJK alike leave tell-tale zeros), and not text at all otherwise.
    private static (Encoding, int)? FromNulPattern(ReadOnlySpan<byte> bytes, IssueLog log)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul < 0)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                _ = (i & 1) == 0 ? even++ : odd++;
            }
        }

        // Every NUL on one side: UTF-16 (Chinese text has NULs only in its ASCII characters, so there may be few).
        return (bytes.Length % 2, odd, even) switch
        {
            (0, > 0, 0) => (Utf16Le, 0),
            (0, 0, > 0) => (Utf16Be, 0),
            _ => throw log.Fatal($"the file is not text (it holds a NUL byte at byte offset {nul})"),
        };
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }

    private static string? TryGb18030(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Gb18030.Value.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
