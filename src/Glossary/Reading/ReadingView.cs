using System.Text;
using Glossary.Bilingual;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Reading;

/// <summary>
/// A text made ready to read: every glossary term found (each occurrence, as an exact look-up counts it), the
/// dictionary's words in between, the spin analysis with its restored reading, the terms by frequency, and, for a
/// bilingual document, its units. Immutable and thread-safe; render it with <see cref="ReadingHtml"/> (one
/// self-contained, offline HTML page) or with a renderer of your own.
/// </summary>
/// <remarks>Offsets are UTF-16 code units into <see cref="Text"/>, the text exactly as given.</remarks>
public sealed class ReadingView
{
    private ReadingView(string text, ReadingOptions options, SpinReport? spin, IReadOnlyList<ReadingUnit> units)
    {
        Text = text;
        Title = options.Title;
        var terms = options.Terms.FindEveryOccurrence(text);
        Terms = terms.AsReadOnly();
        Words = (options.Dictionary is { } dictionary ? DictionaryWords(text, terms, dictionary) : []).AsReadOnly();
        Frequencies = CountEntries(options.Terms, terms).AsReadOnly();
        Spin = spin;
        Restored = spin?.Restore();
        Units = units;
    }

    /// <summary>The page's title.</summary>
    public string Title { get; }

    /// <summary>The text exactly as given (for a bilingual document: the units' Chinese sides, one per line).</summary>
    public string Text { get; }

    /// <summary>
    /// Every occurrence of every glossary entry, sorted by offset (the longer first at one offset). Each entry's
    /// occurrences never overlap each other; those of different entries may (白宫 inside 白宫科技政策办公室), so the
    /// number of an entry's occurrences is its exact count.
    /// </summary>
    public IReadOnlyList<TermSpan> Terms { get; }

    /// <summary>The dictionary's words, leftmost-longest, in the stretches no glossary term covers; empty without a dictionary.</summary>
    public IReadOnlyList<TermSpan> Words { get; }

    /// <summary>The glossary entries found, most frequent first (ties in glossary order), with their counts.</summary>
    public IReadOnlyList<ReadingFrequency> Frequencies { get; }

    /// <summary>The spin analysis (verdict, evidence, substitutions, likely deletions), or <see langword="null"/> when left out.</summary>
    public SpinReport? Spin { get; }

    /// <summary>The restored reading (<see cref="SpinReport.Restore"/>), or <see langword="null"/> when spin was left out.</summary>
    public RestoredText? Restored { get; }

    /// <summary>The units of a bilingual document, in file order; empty for a plain text.</summary>
    public IReadOnlyList<ReadingUnit> Units { get; }

    /// <summary>
    /// Reads <paramref name="text"/>: its glossary terms and dictionary words, and, unless
    /// <see cref="ReadingOptions.SpinTable"/> is <see langword="null"/>, its spin analysis.
    /// </summary>
    /// <param name="text">The text, exactly as written.</param>
    /// <param name="options">What to mark (<see cref="ReadingOptions.Default"/> for the defaults).</param>
    public static ReadingView Create(string text, ReadingOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        return new ReadingView(text, options, Analyze(options, text), []);
    }

    /// <summary>
    /// Reads <paramref name="spin"/>'s text with an analysis already made (for instance one whose originals were glossed
    /// from a larger dictionary); <see cref="ReadingOptions.SpinTable"/> is not used.
    /// </summary>
    /// <param name="spin">The analysis of the text to read.</param>
    /// <param name="options">What to mark (<see cref="ReadingOptions.Default"/> for the defaults).</param>
    public static ReadingView Create(SpinReport spin, ReadingOptions options)
    {
        ArgumentNullException.ThrowIfNull(spin);
        ArgumentNullException.ThrowIfNull(options);
        return new ReadingView(spin.Text, options, spin, []);
    }

    /// <summary>
    /// Reads a bilingual document unit by unit: the Chinese side of each unit that has one (in file order, one per
    /// line of <see cref="Text"/>), marked as a text is, with the unit's other side beside it.
    /// </summary>
    /// <param name="document">The document, as <see cref="BilingualFile"/> reads it.</param>
    /// <param name="options">What to mark (<see cref="ReadingOptions.Default"/> for the defaults).</param>
    /// <exception cref="ArgumentException">No unit of the document has a Chinese side.</exception>
    public static ReadingView Create(BilingualDocument document, ReadingOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        var units = new List<ReadingUnit>();
        foreach (var unit in document.Units)
        {
            if (unit.Chinese is not { } chinese)
            {
                continue;
            }

            if (units.Count > 0)
            {
                text.Append('\n');
            }

            var other = unit.Texts.FirstOrDefault(t => !ReferenceEquals(t, chinese));
            units.Add(new ReadingUnit(unit.Id, text.Length, chinese.Text.Length, other?.Language, other?.Text));
            text.Append(chinese.Text);
        }

        if (units.Count == 0)
        {
            throw new ArgumentException($"{document.Source} has no unit with a Chinese side (languages: {string.Join(", ", document.Languages)}).", nameof(document));
        }

        var joined = text.ToString();
        return new ReadingView(joined, options, Analyze(options, joined), units.AsReadOnly());
    }

    private static SpinReport? Analyze(ReadingOptions options, string text) =>
        options.SpinTable?.Analyze(text, options.Dictionary is { } dictionary ? TermBase.Combine(options.Terms, dictionary) : options.Terms);

    // The dictionary fills the stretches between glossary terms, so it never hides one (a longer dictionary word
    // across a glossary term would).
    private static List<TermSpan> DictionaryWords(string text, List<TermSpan> terms, TermBase dictionary)
    {
        var words = new List<TermSpan>();
        var at = 0;
        foreach (var term in terms.Append(new TermSpan(text.Length, string.Empty, null!)))
        {
            if (term.Offset > at)
            {
                foreach (var word in dictionary.Annotate(text[at..term.Offset]))
                {
                    words.Add(word with { Offset = word.Offset + at });
                }
            }

            at = Math.Max(at, term.Offset + term.Length);
        }

        return words;
    }

    private static List<ReadingFrequency> CountEntries(TermBase terms, List<TermSpan> found)
    {
        var counts = new Dictionary<TermEntry, int>(ReferenceEqualityComparer.Instance);
        foreach (var span in found)
        {
            counts[span.Entry] = counts.GetValueOrDefault(span.Entry) + 1;
        }

        return terms.Entries
            .Where(counts.ContainsKey)
            .Select(e => new ReadingFrequency(e, counts[e]))
            .OrderByDescending(f => f.Count) // stable: ties keep glossary order
            .ToList();
    }
}
