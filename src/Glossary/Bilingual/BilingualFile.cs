using Glossary.Errors;
using Glossary.Text;

namespace Glossary.Bilingual;

/// <summary>
/// Reads bilingual files: TMX 1.1–1.4b, XLIFF 1.2 and 2.x, gettext PO/POT and tab-separated aligned text, in any
/// language pair (either side may be the Chinese one). XML is read with DTDs ignored, nothing resolved and no entity
/// expanded; text files are decoded by the same rules as documents (a BOM, UTF-16, UTF-8, then GB18030 or Big5).
/// Malformed units are skipped and listed in <see cref="BilingualDocument.Issues"/> with file, line (and column) and
/// reason; with <c>strict</c> the first one throws. How inline markup becomes text: docs/bilingual.md.
/// </summary>
public static class BilingualFile
{
    /// <summary>Reads a bilingual file in the format named, else the one its extension names, else the one its content shows.</summary>
    /// <param name="path">The file.</param>
    /// <param name="strict">Throw on the first malformed unit instead of skipping it.</param>
    /// <param name="format">The file's format; <see cref="BilingualFormat.Auto"/> detects it.</param>
    /// <exception cref="GlossaryFormatException">The file is empty, not text, not well-formed from its start, or (strict) has a bad unit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BilingualDocument Load(string path, bool strict = false, BilingualFormat format = BilingualFormat.Auto)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FromBytes(File.ReadAllBytes(path), path, format, strict);
    }

    /// <inheritdoc cref="Load(string, bool, BilingualFormat)"/>
    /// <param name="path">The file.</param>
    /// <param name="strict">Throw on the first malformed unit instead of skipping it.</param>
    /// <param name="format">The file's format; <see cref="BilingualFormat.Auto"/> detects it.</param>
    /// <param name="cancellationToken">Stops reading the file.</param>
    public static async Task<BilingualDocument> LoadAsync(string path, bool strict = false, BilingualFormat format = BilingualFormat.Auto,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return FromBytes(bytes, path, format, strict);
    }

    /// <summary>Reads a bilingual file from a stream; <paramref name="source"/> names it in issues, and its extension may tell the format.</summary>
    /// <exception cref="GlossaryFormatException">The content is empty, not text, not well-formed from its start, or (strict) has a bad unit.</exception>
    public static BilingualDocument Read(Stream stream, string source, bool strict = false, BilingualFormat format = BilingualFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(source);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(buffer.ToArray(), source, format, strict);
    }

    /// <summary>The format a file name says, or <see cref="BilingualFormat.Auto"/>.</summary>
    public static BilingualFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".tmx" => BilingualFormat.Tmx,
            ".xlf" or ".xliff" or ".xlz" or ".sdlxliff" or ".mqxliff" => BilingualFormat.Xliff,
            ".po" or ".pot" => BilingualFormat.Po,
            ".tsv" or ".tab" => BilingualFormat.AlignedText,
            _ => BilingualFormat.Auto,
        };
    }

    private static BilingualDocument FromBytes(byte[] bytes, string path, BilingualFormat format, bool strict)
    {
        var log = new IssueLog(Path.GetFileName(path), strict);
        if (bytes.Length == 0)
        {
            throw log.Fatal("the file is empty");
        }

        format = format != BilingualFormat.Auto ? format : FormatOf(path);
        if (format is BilingualFormat.Auto or BilingualFormat.Tmx or BilingualFormat.Xliff && XmlRoot(bytes) is { } root)
        {
            format = root == "xliff" ? BilingualFormat.Xliff : root == "tmx" ? BilingualFormat.Tmx : format;
            if (format == BilingualFormat.Auto)
            {
                throw log.Fatal($"an XML file whose root is <{root}>, neither <tmx> nor <xliff>");
            }
        }

        switch (format)
        {
            case BilingualFormat.Tmx:
                return TmxReader.Read(new MemoryStream(bytes, writable: false), log);
            case BilingualFormat.Xliff:
                return XliffReader.Read(new MemoryStream(bytes, writable: false), log);
        }

        var (text, _) = TextDecoding.Decode(bytes, forced: null, reason => log.Fatal($"the file is {reason}"));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw log.Fatal("the file is empty");
        }

        return format == BilingualFormat.Po || (format == BilingualFormat.Auto && text.Contains("msgid \"", StringComparison.Ordinal))
            ? PoReader.Read(text, log)
            : AlignedTextReader.Read(text, log);
    }

    // The local name of the root element, when the bytes are XML.
    private static string? XmlRoot(byte[] bytes)
    {
        try
        {
            using var reader = XmlInput.Open(new MemoryStream(bytes, writable: false));
            return reader.MoveToContent() == System.Xml.XmlNodeType.Element ? reader.LocalName : null;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
