using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Reading;

// What the page needs from a view, numbered: entries (glossary terms first, then dictionary words), occurrences
// (each with its entry and the form matched), substitutions by pair (a spun article repeats a few hundred pairs many
// times, so the page names each pair once), and gaps. The numbers are what the markup carries (data-o, data-s,
// data-g) and what the page's JSON is indexed by.
internal sealed class PageModel
{
    public PageModel(ReadingView view)
    {
        View = view;
        var entries = new Dictionary<TermEntry, int>(ReferenceEqualityComparer.Instance);
        var occurrences = new List<Occurrence>(view.Terms.Count + view.Words.Count);
        foreach (var (spans, isWord) in new[] { (view.Terms, false), (view.Words, true) })
        {
            foreach (var span in spans)
            {
                if (!entries.TryGetValue(span.Entry, out var index))
                {
                    entries.Add(span.Entry, index = Entries.Count);
                    Entries.Add((span.Entry, isWord));
                }

                occurrences.Add(new Occurrence(span.Offset, span.Length, index, FormIndex(span), isWord));
            }
        }

        // Words fill the stretches terms leave, so merging keeps the order: by offset, the longer first.
        occurrences.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        Occurrences = occurrences;
        EntryIndex = entries;

        if (view.Spin is { } spin)
        {
            var pairs = new Dictionary<(string, string, SpinKind, SpinConfidence, string, string?), int>();
            foreach (var substitution in spin.Substitutions)
            {
                var key = (substitution.Spun, substitution.Original, substitution.Kind, substitution.Confidence, substitution.Note, substitution.Gloss);
                if (!pairs.TryGetValue(key, out var pair))
                {
                    pairs.Add(key, pair = Pairs.Count);
                    Pairs.Add(substitution);
                }

                SubstitutionPairs.Add(pair);
            }
        }
    }

    public ReadingView View { get; }

    /// <summary>The entries marked, each with whether it is a dictionary word; numbered by position.</summary>
    public List<(TermEntry Entry, bool IsWord)> Entries { get; } = [];

    /// <summary>Every occurrence, terms and words, by offset (the longer first at one offset); numbered by position.</summary>
    public List<Occurrence> Occurrences { get; }

    /// <summary>An entry's number.</summary>
    public Dictionary<TermEntry, int> EntryIndex { get; }

    /// <summary>One substitution for each distinct pair, numbered by position.</summary>
    public List<SpinSubstitution> Pairs { get; } = [];

    /// <summary>The pair of each substitution of the report, in text order.</summary>
    public List<int> SubstitutionPairs { get; } = [];

    private static int FormIndex(TermSpan span)
    {
        var forms = span.Entry.Surfaces;
        var index = Array.IndexOf(forms, span.Text);
        return Math.Max(index, 0);
    }

    /// <summary>An occurrence of an entry: where, which entry, which of its forms, and whether it is a dictionary word.</summary>
    internal readonly record struct Occurrence(int Offset, int Length, int Entry, int Form, bool IsWord)
    {
        public int End => Offset + Length;
    }
}
