using Glossary.Formats;
using Glossary.IO;
using Glossary.Terms;

namespace Glossary;

/// <summary>
/// A glossary: entries found by any surface form or by English words, and an automaton that finds every entry in a
/// text. Term bases can be layered (<see cref="Combine"/>): a user's glossary over a dictionary. A term base is
/// immutable and thread-safe; build it once and share it. Its indexes are built on first use.
/// </summary>
public sealed class TermBase
{
    private readonly TermEntry[] _entries;
    private readonly TermBase[] _layers;
    private readonly Dictionary<string, TermEntry> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TermEntry>> _moreBySurface = new(StringComparer.Ordinal);
    private readonly Lazy<(TermMatcher Matcher, string[] Surfaces, TermEntry[] Entries)> _matcher;
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
        _layers = [this];
        Issues = issues;
        _bySurface.EnsureCapacity(_entries.Length);
        foreach (var entry in _entries)
        {
            foreach (var form in entry.Surfaces)
            {
                if (!_bySurface.TryAdd(form, entry) && !ReferenceEquals(_bySurface[form], entry))
                {
                    if (!_moreBySurface.TryGetValue(form, out var more))
                    {
                        _moreBySurface[form] = more = [];
                    }

                    more.Add(entry);
                }
            }
        }

        _matcher = new(() =>
        {
            string[] surfaces = [.. _bySurface.Keys];
            return (new TermMatcher(surfaces), surfaces, [.. _bySurface.Values]);
        });
        _glosses = new(() => new GlossIndex(_entries));
    }

    // A combined term base: its own tables stay empty; every query goes through the layers, in order.
    private TermBase(TermBase[] layers)
    {
        _layers = layers.SelectMany(l => l._layers).ToArray();
        _entries = _layers.SelectMany(l => l._entries).ToArray();
        Issues = _layers.SelectMany(l => l.Issues).ToArray();
        _matcher = new(() => throw new InvalidOperationException("A layered term base annotates through its layers."));
        _glosses = new(() => throw new InvalidOperationException("A layered term base looks up glosses through its layers."));
    }

    /// <summary>A term base with no entries.</summary>
    public static TermBase Empty { get; } = new(Array.Empty<TermEntry>());

    /// <summary>The entries, in the order they were read (layer by layer for a combined term base).</summary>
    public IReadOnlyList<TermEntry> Entries => _entries;

    /// <summary>
    /// Lines that were skipped while loading (file, line and reason), so a caller can report them. Empty for a term
    /// base built in code or loaded in strict mode.
    /// </summary>
    public IReadOnlyList<GlossaryIssue> Issues { get; }

    private bool IsLayered => _layers.Length != 1 || !ReferenceEquals(_layers[0], this);

    /// <summary>
    /// Layers term bases, the first over the others: look-up and annotation prefer the first layer's entries, and
    /// fall back to the next layer only for text the earlier ones leave unmatched. Every entry keeps its
    /// <see cref="TermEntry.Source"/>, so an answer says which glossary it came from.
    /// </summary>
    public static TermBase Combine(params IEnumerable<TermBase> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var list = layers.Where(l => l._entries.Length > 0).ToArray();
        return list.Length switch
        {
            0 => Empty,
            1 => list[0],
            _ => new TermBase(list),
        };
    }

    /// <summary>
    /// Reads a glossary file: OmegaT tab-separated, CSV, TBX or CC-CEDICT, chosen by <paramref name="format"/>, else
    /// by extension, else by content. Text is UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030. Malformed
    /// lines are skipped and listed in <see cref="Issues"/>; with <paramref name="strict"/> the first one throws.
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
    /// issues and in each entry's <see cref="TermEntry.Source"/>.
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

    /// <summary>
    /// Writes the entries to <paramref name="path"/> as TSV, CSV or TBX-Basic (by <paramref name="format"/>, else by
    /// extension), all at once: the file is written beside the target and renamed over it, so it is never half-written.
    /// </summary>
    /// <exception cref="ArgumentException">The format is CC-CEDICT or cannot be told from the extension.</exception>
    public void Save(string path, GlossaryFormat format = GlossaryFormat.Auto)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = GlossaryFiles.ForWriting(path, format);
        AtomicFile.Write(path, stream => GlossaryFiles.Write(stream, _entries, target));
    }

    /// <inheritdoc cref="Save(string, GlossaryFormat)"/>
    /// <param name="path">The file to write.</param>
    /// <param name="format">TSV, CSV or TBX; <see cref="GlossaryFormat.Auto"/> goes by the extension.</param>
    /// <param name="cancellationToken">Stops before the file replaces the target.</param>
    public async Task SaveAsync(string path, GlossaryFormat format = GlossaryFormat.Auto, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = GlossaryFiles.ForWriting(path, format);
        using var buffer = new MemoryStream();
        GlossaryFiles.Write(buffer, _entries, target);
        await AtomicFile.WriteAsync(path, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the entries to a stream as TSV, CSV or TBX-Basic.</summary>
    /// <exception cref="ArgumentException"><paramref name="format"/> is <see cref="GlossaryFormat.Auto"/> or CC-CEDICT.</exception>
    public void Write(Stream stream, GlossaryFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        GlossaryFiles.Write(stream, _entries, format);
    }

    private static TermBase FromBytes(byte[] bytes, string path, GlossaryFormat format, bool strict)
    {
        format = format == GlossaryFormat.Auto ? GlossaryFiles.FromExtension(path) : format;
        var (entries, issues) = GlossaryFiles.Read(bytes, Path.GetFileName(path), format, strict);
        return new TermBase(entries, issues);
    }

    /// <summary>
    /// The entry with this surface form (headword or variant, compared ordinally), from the first layer that has one,
    /// or <see langword="null"/>.
    /// </summary>
    public TermEntry? Find(string surfaceForm)
    {
        ArgumentNullException.ThrowIfNull(surfaceForm);
        foreach (var layer in _layers)
        {
            if (layer._bySurface.TryGetValue(surfaceForm, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// Every entry with this surface form, layer by layer: a user's entry first, then, say, each of a dictionary's
    /// readings (行 <i>xíng</i> and <i>háng</i>).
    /// </summary>
    public IReadOnlyList<TermEntry> FindAll(string surfaceForm)
    {
        ArgumentNullException.ThrowIfNull(surfaceForm);
        var found = new List<TermEntry>();
        foreach (var layer in _layers)
        {
            if (layer._bySurface.TryGetValue(surfaceForm, out var entry))
            {
                found.Add(entry);
                found.AddRange(layer._moreBySurface.GetValueOrDefault(surfaceForm) ?? []);
            }
        }

        return found;
    }

    /// <summary>
    /// The entries whose glosses contain every English word of <paramref name="english"/>, compared by stem
    /// ("bargains" finds <i>grand bargain</i>) and ignoring stop words; exact gloss matches first, then closer fits,
    /// layer by layer.
    /// </summary>
    public IReadOnlyList<TermEntry> FindByGloss(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        return _layers.SelectMany(l => l._glosses.Value.Find(english).Select(i => l._entries[i])).ToList();
    }

    /// <summary>
    /// Every glossary term in <paramref name="text"/>, left to right, without overlaps: where terms compete, the one
    /// that starts first wins, then the longest. A combined term base matches its first layer first and fills the
    /// gaps it leaves from the next. Runs in one pass over the text per layer, whatever the size of the glossary.
    /// </summary>
    public IReadOnlyList<TermSpan> Annotate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IsLayered)
        {
            var all = new List<TermSpan>();
            AppendSpans(text, 0, text.Length, all, []);
            return all;
        }

        var spans = new List<TermSpan>();
        var matches = new List<(int Start, int Length, int Pattern)>();
        foreach (var layer in _layers)
        {
            var merged = new List<TermSpan>(Math.Max(16, spans.Count * 2));
            var at = 0;
            foreach (var span in spans)
            {
                layer.AppendSpans(text, at, span.Offset, merged, matches);
                merged.Add(span);
                at = span.Offset + span.Length;
            }

            layer.AppendSpans(text, at, text.Length, merged, matches);
            spans = merged;
        }

        return spans;
    }

    // Appends the leftmost-longest matches of this (single) layer inside text[start..end]; `matches` is scratch space.
    private void AppendSpans(string text, int start, int end, List<TermSpan> into, List<(int Start, int Length, int Pattern)> matches)
    {
        if (end <= start || _bySurface.Count == 0)
        {
            return;
        }

        var (matcher, surfaces, entries) = _matcher.Value;
        matches.Clear();
        matcher.FindLongest(text.AsSpan(start, end - start), matches);
        foreach (var (offset, length, pattern) in matches)
        {
            into.Add(new TermSpan(start + offset, length, surfaces[pattern], entries[pattern]));
        }
    }

}
