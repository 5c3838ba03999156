using System.Text;
using UtfUnknown;

namespace Glossary.Text;

// Bytes to text, for glossaries and documents alike. A byte-order mark decides (UTF-8, UTF-16 LE/BE, GB18030); NUL
// bytes all on one side mean UTF-16; valid UTF-8 is UTF-8. Anything else goes to a charset detector (UTF.Unknown),
// trusted only for the legacy Chinese encodings (GB18030 and its subsets GBK and GB2312, Big5); without a confident
// answer, GB18030 is tried when the file starts as plain ASCII. Nothing is ever decoded with replacement
// characters: bytes the chosen encoding rejects are an error that names their offset.
internal static class TextDecoding
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Gb18030 = new(() => Strict(54936));
    private static readonly Lazy<Encoding> Big5 = new(() => Strict(950));

    /// <summary>The text and the encoding it was read in; <paramref name="error"/> makes the exception for a reason.</summary>
    public static (string Text, Encoding Encoding) Decode(ReadOnlySpan<byte> bytes, Encoding? forced, Func<string, Exception> error)
    {
        var (encoding, skip) = Detect(bytes, whole: true, forced, error);
        try
        {
            return (encoding.GetString(bytes[skip..]), encoding);
        }
        catch (DecoderFallbackException e)
        {
            throw error(Undecodable(encoding, skip + Math.Max(e.Index, 0)));
        }
    }

    /// <summary>
    /// The encoding of a file that starts with <paramref name="head"/> (all of it when <paramref name="whole"/>), as a
    /// strict encoding that throws on bytes it rejects, and the length of its byte-order mark.
    /// </summary>
    public static (Encoding Encoding, int Skip) Detect(ReadOnlySpan<byte> head, bool whole, Encoding? forced, Func<string, Exception> error)
    {
        if (forced is not null)
        {
            var strict = Encoding.GetEncoding(forced.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var preamble = forced.GetPreamble();
            return (strict, preamble.Length > 0 && head.StartsWith(preamble) ? preamble.Length : 0);
        }

        var (encoding, bom) = FromByteOrderMark(head) ?? FromNulPattern(head, error) ?? (null!, 0);
        if (encoding is not null)
        {
            return (encoding, bom);
        }

        var invalid = FirstInvalidUtf8(head, whole);
        if (invalid == head.Length)
        {
            return (Utf8, 0);
        }

        var legacy = Detect(head) ?? (head[..invalid].IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0 ? Gb18030.Value : null);
        return legacy is null
            ? throw error($"not valid UTF-8: undecodable bytes at byte offset {invalid} (save it as UTF-8, or name its encoding; GB18030, GBK, Big5 and UTF-16 are read too)")
            : (legacy, 0);
    }

    /// <summary>The reason for bytes that <paramref name="encoding"/> rejects at <paramref name="offset"/>.</summary>
    public static string Undecodable(Encoding encoding, long offset) => $"not valid {encoding.WebName}: undecodable bytes at byte offset {offset}";

    /// <summary>An encoding by name (utf-8, utf-16, gb18030, gbk, gb2312, big5, …), or <see langword="null"/>.</summary>
    public static Encoding? Named(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return name.ToUpperInvariant() switch
            {
                "GBK" or "GB2312" or "GB18030" or "CP936" => Gb18030.Value,
                "BIG5" or "CP950" => Big5.Value,
                _ => Encoding.GetEncoding(name),
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        return detected is { Confidence: >= 0.5f } ? detected.EncodingName.ToUpperInvariant() switch
        {
            "GB18030" or "GBK" or "GB2312" or "HZ-GB-2312" => Gb18030.Value,
            "BIG5" or "BIG-5" or "EUC-TW" => Big5.Value,
            _ => null,
        } : null;
    }

    private static (Encoding, int)? FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
        [0xFF, 0xFE, ..] => (Utf16Le, 2),
        [0xFE, 0xFF, ..] => (Utf16Be, 2),
        [0x84, 0x31, 0x95, 0x33, ..] => (Gb18030.Value, 4),
        _ => null,
    };

    // NUL bytes without a byte-order mark: UTF-16 when every NUL sits on one side of the code units (Chinese text
    // has NULs only in its ASCII characters, so there may be few), and not text otherwise.
    private static (Encoding, int)? FromNulPattern(ReadOnlySpan<byte> bytes, Func<string, Exception> error)
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

        return (bytes.Length % 2, odd, even) switch
        {
            (0, > 0, 0) => (Utf16Le, 0),
            (0, 0, > 0) => (Utf16Be, 0),
            _ => throw error($"not text (it holds a NUL byte at byte offset {nul})"),
        };
    }

    // A head cut from a longer file may end inside a character: that is not an error.
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, bool whole)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: whole);
        return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData ? bytes.Length : read;
    }

    private static Encoding Strict(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
