using System.Text;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary;

/// <summary>
/// A glossary: entries found by any surface form or by English words, and an automaton that finds every entry in a
/// text. A term base is immutable and thread-safe; build it once and share it. Its indexes are built on first use.
/// </summary>
public sealed class TermBase
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TermEntry[] _entries;
    private readonly Dictionary<string, TermEntry> _bySurface = new(StringComparer.Ordinal);
    private readonly string[] _surfaces;
    private readonly TermEntry[] _surfaceEntries;
    private readonly Lazy<TermMatcher> _matcher;
    private readonly Lazy<GlossIndex> _glosses;

    /// <summary>Creates a term base from entries. Where two entries share a surface form, the first one listed wins.</summary>
    public TermBase(IEnumerable<TermEntry> entries)
        : this(entries, [])
    {
    }

    private TermBase(IEnumerable<TermEntry> entries, IReadOnlyList<GlossaryIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries.ToArray();
        Issues = issues;
        foreach (var entry in _entries)
        {
            foreach (var form in entry.SurfaceForms)
            {
                _bySurface.TryAdd(form, entry);
            }
        }

        _surfaces = [.. _bySurface.Keys];
        _surfaceEntries = [.. _bySurface.Values];
        _matcher = new Lazy<TermMatcher>(() => new TermMatcher(_surfaces));
        _glosses = new Lazy<GlossIndex>(() => new GlossIndex(_entries));
    }

    /// <summary>A term base with no entries.</summary>
    public static TermBase Empty { get; } = new([]);

    /// <summary>The entries, in the order they were read.</summary>
    public IReadOnlyList<TermEntry> Entries => _entries;

    /// <summary>
    /// Lines that were skipped while loading (file, line and reason), so a caller can report them. Empty for a term
    /// base built in code or loaded in strict mode.
    /// </summary>
    public IReadOnlyList<GlossaryIssue> Issues { get; }

    /// <summary>
    /// Reads an OmegaT tab-separated glossary (<c>term⇥gloss⇥note</c>, optionally <c>⇥variants⇥pinyin</c>, UTF-8 with
    /// or without BOM). Malformed lines are skipped and listed in <see cref="Issues"/>; with
    /// <paramref name="strict"/> the first one throws instead.
    /// </summary>
    /// <exception cref="GlossaryFormatException">The file is empty, not UTF-8, has no readable entry, or (strict) a bad line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TermBase Load(string path, bool strict = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path), strict);
    }

    /// <inheritdoc cref="Load(string, bool)"/>
    /// <param name="path">The glossary file.</param>
    /// <param name="strict">Throw on the first malformed line instead of skipping it.</param>
    /// <param name="cancellationToken">Stops reading the file.</param>
    public static async Task<TermBase> LoadAsync(string path, bool strict = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // Read the bytes asynchronously, then decode through the same reader as Load, so both report bad text alike.
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        using var reader = new StreamReader(new MemoryStream(bytes), StrictUtf8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path), strict);
    }

    internal static TermBase Read(TextReader reader, string source, bool strict)
    {
        var (entries, issues) = TsvGlossaryReader.Read(reader, source, strict);
        return new TermBase(entries, issues);
    }

    /// <summary>The entry with this surface form (headword or variant, compared ordinally), or <see langword="null"/>.</summary>
    public TermEntry? Find(string surfaceForm)
    {
        ArgumentNullException.ThrowIfNull(surfaceForm);
        return _bySurface.GetValueOrDefault(surfaceForm);
    }

    /// <summary>
    /// The entries whose glosses contain every English word of <paramref name="english"/>, compared by stem
    /// ("bargains" finds <i>grand bargain</i>) and ignoring stop words; exact gloss matches first, then closer fits.
    /// </summary>
    public IReadOnlyList<TermEntry> FindByGloss(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        return _glosses.Value.Find(english).Select(i => _entries[i]).ToList();
    }

    /// <summary>
    /// Every glossary term in <paramref name="text"/>, left to right, without overlaps: where terms compete, the one
    /// that starts first wins, then the longest. Runs in one pass over the text, whatever the size of the glossary.
    /// </summary>
    public IReadOnlyList<TermSpan> Annotate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _matcher.Value.FindLongest(text)
            .Select(m => new TermSpan(m.Start, m.Length, _surfaces[m.Pattern], _surfaceEntries[m.Pattern]))
            .ToList();
    }
}
