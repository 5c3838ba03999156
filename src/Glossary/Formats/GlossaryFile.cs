using Glossary.Errors;
using Glossary.IO;
using Glossary.Terms;

namespace Glossary.Formats;

/// <summary>
/// Reads and writes glossary files: OmegaT tab-separated, CSV, TBX and CC-CEDICT (read only). Text is UTF-8 (with or
/// without BOM), UTF-16 with a BOM, or GB18030. Malformed lines are skipped and listed in
/// <see cref="TermBase.Issues"/>; with <c>strict</c> the first one throws. Writes are atomic: the file is written
/// beside the target and renamed over it, so it is never half-written.
/// </summary>
public static class GlossaryFile
{
    /// <summary>
    /// Reads a glossary file in the format <paramref name="format"/> names, else the one its extension names, else
    /// the one its content shows.
    /// </summary>
    /// <param name="path">The glossary file.</param>
    /// <param name="strict">Throw on the first malformed line or entry instead of skipping it.</param>
    /// <param name="format">The file's format; <see cref="GlossaryFormat.Auto"/> detects it.</param>
    /// <exception cref="GlossaryFormatException">The file is empty, not text, has no readable entry, or (strict) a bad line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TermBase Load(string path, bool strict = false, GlossaryFormat format = GlossaryFormat.Auto)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FromBytes(File.ReadAllBytes(path), path, format, strict);
    }

    /// <inheritdoc cref="Load(string, bool, GlossaryFormat)"/>
    /// <param name="path">The glossary file.</param>
    /// <param name="strict">Throw on the first malformed line or entry instead of skipping it.</param>
    /// <param name="format">The file's format; <see cref="GlossaryFormat.Auto"/> detects it.</param>
    /// <param name="cancellationToken">Stops reading the file.</param>
    public static async Task<TermBase> LoadAsync(string path, bool strict = false, GlossaryFormat format = GlossaryFormat.Auto,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return FromBytes(bytes, path, format, strict);
    }

    /// <summary>
    /// Reads a glossary from a stream (an embedded resource, a download). <paramref name="source"/> names it in
    /// issues and in each entry's <see cref="TermEntry.Source"/>, and its extension may tell the format.
    /// </summary>
    /// <exception cref="GlossaryFormatException">The content is empty, not text, has no readable entry, or (strict) a bad line.</exception>
    public static TermBase Read(Stream stream, string source, bool strict = false, GlossaryFormat format = GlossaryFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(source);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(buffer.ToArray(), source, format, strict);
    }

    /// <summary>The format a file name says (by extension, or <c>cedict</c> in the name), or <see cref="GlossaryFormat.Auto"/>.</summary>
    public static GlossaryFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return GlossaryCodec.FromExtension(path);
    }

    /// <summary>
    /// Writes <paramref name="terms"/> to <paramref name="path"/> as TSV, CSV or TBX-Basic (by
    /// <paramref name="format"/>, else by extension), all at once; CSV in the columns <paramref name="csvLayout"/>
    /// names (default: this library's own, with a header row). The term base's <see cref="TermBase.Comments"/> go to
    /// TSV and OmegaT's CSV layout as <c>#</c> lines after the column header and to TBX in the header's source
    /// description; the other CSV layouts have no place for them and leave them out.
    /// </summary>
    /// <param name="terms">The entries to write.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="format">TSV, CSV or TBX; <see cref="GlossaryFormat.Auto"/> goes by the extension.</param>
    /// <param name="csvLayout">The columns of a CSV file, for the tool that will read it; ignored for TSV and TBX.</param>
    /// <exception cref="ArgumentException">The format is CC-CEDICT or cannot be told from the extension.</exception>
    public static void Save(TermBase terms, string path, GlossaryFormat format = GlossaryFormat.Auto, CsvLayout csvLayout = CsvLayout.Full)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = GlossaryCodec.ForWriting(path, format);
        AtomicFile.Write(path, stream => GlossaryCodec.Write(stream, terms, target, csvLayout));
    }

    /// <inheritdoc cref="Save(TermBase, string, GlossaryFormat, CsvLayout)"/>
    /// <param name="terms">The entries to write.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="format">TSV, CSV or TBX; <see cref="GlossaryFormat.Auto"/> goes by the extension.</param>
    /// <param name="csvLayout">The columns of a CSV file, for the tool that will read it; ignored for TSV and TBX.</param>
    /// <param name="cancellationToken">Stops before the file replaces the target.</param>
    public static async Task SaveAsync(TermBase terms, string path, GlossaryFormat format = GlossaryFormat.Auto, CsvLayout csvLayout = CsvLayout.Full,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = GlossaryCodec.ForWriting(path, format);
        using var buffer = new MemoryStream();
        GlossaryCodec.Write(buffer, terms, target, csvLayout);
        await AtomicFile.WriteAsync(path, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="terms"/> to a stream as TSV, CSV (in <paramref name="csvLayout"/>) or TBX-Basic,
    /// comments as <see cref="Save"/> does.</summary>
    /// <exception cref="ArgumentException"><paramref name="format"/> is <see cref="GlossaryFormat.Auto"/> or CC-CEDICT.</exception>
    public static void Write(TermBase terms, Stream stream, GlossaryFormat format, CsvLayout csvLayout = CsvLayout.Full)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(stream);
        GlossaryCodec.Write(stream, terms, format, csvLayout);
    }

    private static TermBase FromBytes(byte[] bytes, string path, GlossaryFormat format, bool strict)
    {
        format = format == GlossaryFormat.Auto ? GlossaryCodec.FromExtension(path) : format;
        return GlossaryCodec.Read(bytes, Path.GetFileName(path), format, strict);
    }
}
