using System.Text;
using Glossary.Errors;
using Glossary.Terms;

namespace Glossary.Formats;

// Glossary files in any format, as bytes: picks the format, decodes the text, runs the format's reader,
// and refuses a file from which nothing could be read. Writes go to a temporary file in the target's folder that is
// then renamed over the target, so a crash never leaves a half-written glossary.
internal static class GlossaryCodec
{
    public static GlossaryFormat FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".tsv" or ".tab" or ".utf8" => GlossaryFormat.Tsv,
        ".csv" => GlossaryFormat.Csv,
        ".tbx" or ".xml" => GlossaryFormat.Tbx,
        ".u8" => GlossaryFormat.CcCedict,
        _ when Path.GetFileName(path).Contains("cedict", StringComparison.OrdinalIgnoreCase) => GlossaryFormat.CcCedict,
        _ => GlossaryFormat.Auto,
    };

    public static TermBase Read(byte[] bytes, string source, GlossaryFormat format, bool strict)
    {
        var log = new IssueLog(source, strict);
        if (format == GlossaryFormat.Auto && LooksLikeXml(bytes))
        {
            format = GlossaryFormat.Tbx;
        }

        (List<TermEntry> Entries, List<string> Comments) read;
        if (format == GlossaryFormat.Tbx)
        {
            if (bytes.Length == 0)
            {
                throw log.Fatal("the file is empty");
            }

            read = TbxReader.Read(new MemoryStream(bytes, writable: false), log);
        }
        else
        {
            var text = GlossaryText.Decode(bytes, log);
            format = format != GlossaryFormat.Auto ? format : FromContent(text);
            read = format switch
            {
                GlossaryFormat.Csv => CsvGlossary.Read(text, log),
                GlossaryFormat.CcCedict => (CcCedictGlossary.Read(text, log), []),
                _ => TsvGlossary.Read(text, log),
            };
        }

        if (read.Entries.Count == 0)
        {
            throw log.Issues.Count > 0
                ? new GlossaryFormatException(log.Issues[0] with { Reason = $"no entry could be read; first problem: {log.Issues[0].Reason}" })
                : log.Fatal($"no entry could be read (read as {Describe(format)})");
        }

        return new TermBase(read.Entries, log.Issues, read.Comments);
    }

    // CSV has no comment syntax: a term base's comments are written to TSV, TBX and OmegaT's CSV layout (as '#' lines,
    // which OmegaT skips) only.
    public static void Write(Stream stream, TermBase terms, GlossaryFormat format, CsvLayout csvLayout = CsvLayout.Full)
    {
        if (format == GlossaryFormat.Tbx)
        {
            TbxWriter.Write(stream, terms.Entries, terms.Comments);
            return;
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        switch (format)
        {
            case GlossaryFormat.Tsv:
                TsvGlossary.Write(writer, terms.Entries, terms.Comments);
                break;
            case GlossaryFormat.Csv:
                CsvGlossary.Write(writer, terms, csvLayout);
                break;
            default:
                throw new ArgumentException($"Glossaries are written as TSV, CSV or TBX, not {format}.", nameof(format));
        }
    }

    /// <summary>The format to write <paramref name="path"/> in: the one given, else the extension's.</summary>
    public static GlossaryFormat ForWriting(string path, GlossaryFormat format)
    {
        format = format == GlossaryFormat.Auto ? FromExtension(path) : format;
        return format is GlossaryFormat.Auto or GlossaryFormat.CcCedict
            ? throw new ArgumentException(
                $"Cannot write '{Path.GetFileName(path)}' as {(format == GlossaryFormat.Auto ? "an unknown format" : "CC-CEDICT")}: name it .tsv, .csv or .tbx, or give one of those formats.",
                nameof(format))
            : format;
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> bytes)
    {
        bytes = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var start = bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n\0"u8);
        return start >= 0 && bytes[start] == '<'
            || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, (byte)'<', 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF, 0, (byte)'<']);
    }

    private static GlossaryFormat FromContent(string text)
    {
        if (CcCedictGlossary.Recognises(text))
        {
            return GlossaryFormat.CcCedict;
        }

        var first = text.AsSpan().TrimStart();
        var firstLine = first[..Math.Max(0, first.IndexOfAny('\r', '\n') is var end and >= 0 ? end : first.Length)];
        return firstLine.Contains('\t') || firstLine.StartsWith("#") ? GlossaryFormat.Tsv
            : firstLine.Contains(',') || firstLine.Contains(';') ? GlossaryFormat.Csv
            : GlossaryFormat.Tsv;
    }

    private static string Describe(GlossaryFormat format) => format switch
    {
        GlossaryFormat.Csv => "CSV",
        GlossaryFormat.Tbx => "TBX",
        GlossaryFormat.CcCedict => "CC-CEDICT",
        _ => "tab-separated",
    };
}
