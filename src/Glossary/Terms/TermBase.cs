using System.Collections.ObjectModel;
using Glossary.Errors;

namespace Glossary.Terms;

/// <summary>
/// A glossary: entries found by any surface form or by English words, and every entry found in a text. A term base
/// is a list of layers (<see cref="Combine"/>): a user's glossary over a dictionary, the first layer winning. It is
/// immutable and thread-safe; build it once and share it. Its indexes are built on first use. Files are read and
/// written by <c>Glossary.Formats.GlossaryFile</c>.
/// </summary>
public sealed partial class TermBase
{
    private readonly TermLayer[] _layers;

    /// <summary>Creates a term base from entries. Where two entries share a surface form, the first one listed wins.</summary>
    public TermBase(IEnumerable<TermEntry> entries)
        : this(entries, [])
    {
    }

    /// <summary>A term base read from a file: its entries, the problems met while reading them, and its comments.</summary>
    internal TermBase(IEnumerable<TermEntry> entries, IReadOnlyList<GlossaryIssue> issues, IReadOnlyList<string>? comments = null)
        : this([new TermLayer(entries?.ToArray() ?? throw new ArgumentNullException(nameof(entries)), issues, comments ?? [])])
    {
    }

    /// <summary>A term base of one layer made ready elsewhere (a dictionary prepared at build time).</summary>
    internal TermBase(TermLayer layer)
        : this([layer])
    {
    }

    /// <summary>The layers, the first one first.</summary>
    internal IReadOnlyList<TermLayer> Layers => _layers;

    private TermBase(TermLayer[] layers)
    {
        _layers = layers;
        var entries = layers.Length == 1 ? layers[0].Entries : layers.SelectMany(l => l.Entries).ToArray();
        Entries = new ReadOnlyCollection<TermEntry>(entries);
        Issues = new ReadOnlyCollection<GlossaryIssue>(layers.SelectMany(l => l.Issues).ToArray());
        Comments = new ReadOnlyCollection<string>(layers.SelectMany(l => l.Comments).ToArray());
    }

    /// <summary>A term base with no entries.</summary>
    public static TermBase Empty { get; } = new(Array.Empty<TermEntry>());

    /// <summary>The entries, in the order they were read (layer by layer for a combined term base).</summary>
    public IReadOnlyList<TermEntry> Entries { get; }

    /// <summary>
    /// Lines that were skipped while reading (file, line and reason), so a caller can report them. Empty for a term
    /// base built in code or read in strict mode.
    /// </summary>
    public IReadOnlyList<GlossaryIssue> Issues { get; }

    /// <summary>
    /// Free-text remarks about the glossary as a whole (who keeps it, for which project, its licence), kept through
    /// conversion: a tab-separated file's <c>#</c> comment lines, a TBX file's header notes. One string per line, in
    /// file order, without the <c>#</c>. Empty for a term base built in code. A combined term base lists the first
    /// layer's comments first. Formats without comments (CSV) drop them when written.
    /// </summary>
    public IReadOnlyList<string> Comments { get; }

    /// <summary>
    /// Layers term bases, the first over the others: look-up and annotation prefer the first layer's entries, and
    /// fall back to the next layer only for text the earlier ones leave unmatched. Every entry keeps its
    /// <see cref="TermEntry.Source"/>, so an answer says which glossary it came from.
    /// </summary>
    public static TermBase Combine(params IEnumerable<TermBase> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var bases = layers.Where(b => b.Entries.Count > 0).ToList();
        return bases.Count switch
        {
            0 => Empty,
            1 => bases[0],
            _ => new TermBase(bases.SelectMany(b => b._layers).ToArray()),
        };
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
            if (layer.Find(surfaceForm) is { } entry)
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
            layer.FindAll(surfaceForm, found);
        }

        return found.AsReadOnly();
    }

    /// <summary>
    /// The entries whose glosses contain every English word of <paramref name="english"/>, compared by stem
    /// ("bargains" finds <i>grand bargain</i>) and ignoring stop words; exact gloss matches first, then closer fits,
    /// layer by layer.
    /// </summary>
    public IReadOnlyList<TermEntry> FindByGloss(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        return _layers.SelectMany(l => l.FindByGloss(english)).ToList().AsReadOnly();
    }

    /// <summary>
    /// Every glossary term in <paramref name="text"/>, left to right, without overlaps: where terms compete, the one
    /// that starts first wins, then the longest. A combined term base matches its first layer first and fills the
    /// gaps it leaves from the next. Runs in one pass over the text per layer, whatever the size of the glossary.
    /// </summary>
    public IReadOnlyList<TermSpan> Annotate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TermAnnotator.Annotate(_layers, text).AsReadOnly();
    }
}
