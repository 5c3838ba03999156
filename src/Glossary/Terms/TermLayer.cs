using Glossary.Errors;

namespace Glossary.Terms;

// One glossary's entries and the tables that find them: by surface form (ordinal), by English gloss (stemmed), and
// in text (a trie over every surface form). A term base is a list of layers; a layer is never shared between two
// lists in a way that matters, since it is immutable. Its trie and gloss index are built on first use.
internal sealed class TermLayer
{
    private readonly Dictionary<string, TermEntry> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TermEntry>> _moreBySurface = new(StringComparer.Ordinal);
    private readonly Lazy<(TermMatcher Matcher, string[] Surfaces, TermEntry[] Entries)> _matcher;
    private readonly Lazy<GlossIndex> _glosses;

    public TermLayer(TermEntry[] entries, IReadOnlyList<GlossaryIssue> issues, IReadOnlyList<string> comments)
        : this(entries, issues, comments, preparedMatcher: null)
    {
    }

    /// <summary>
    /// A layer whose trie was built before (a dictionary prepared at build time): <paramref name="preparedMatcher"/>
    /// gives, on first use, the trie of the layer's distinct surface forms in the order the entries list them, as
    /// <see cref="Matcher"/> would build it.
    /// </summary>
    public TermLayer(TermEntry[] entries, IReadOnlyList<GlossaryIssue> issues, IReadOnlyList<string> comments, Func<TermMatcher>? preparedMatcher)
    {
        Entries = entries;
        Issues = issues;
        Comments = comments;
        var surfaces = 0;
        foreach (var entry in entries)
        {
            surfaces += entry.Surfaces.Length;
        }

        // Sized once: a dictionary's 250,000 forms would otherwise be rehashed as the table grows.
        _bySurface.EnsureCapacity(surfaces);
        foreach (var entry in entries)
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

        // The surfaces are the dictionary's keys in insertion order (it never removes one), which is the order the
        // patterns of a prepared trie were numbered in.
        _matcher = new(() =>
        {
            string[] surfaces = [.. _bySurface.Keys];
            return (preparedMatcher?.Invoke() ?? new TermMatcher(surfaces), surfaces, [.. _bySurface.Values]);
        });
        _glosses = new(() => new GlossIndex(Entries));
    }

    public TermEntry[] Entries { get; }

    /// <summary>The trie over the layer's distinct surface forms (built on first use, unless given).</summary>
    public TermMatcher Matcher => _matcher.Value.Matcher;

    public IReadOnlyList<GlossaryIssue> Issues { get; }

    /// <summary>The glossary's remarks about itself (a file's comment lines), in the order read.</summary>
    public IReadOnlyList<string> Comments { get; }

    /// <summary>The entry that has this surface form first, or <see langword="null"/>.</summary>
    public TermEntry? Find(string surfaceForm) => _bySurface.GetValueOrDefault(surfaceForm);

    /// <summary>Appends every entry with this surface form, the first one listed first.</summary>
    public void FindAll(string surfaceForm, List<TermEntry> found)
    {
        if (_bySurface.TryGetValue(surfaceForm, out var entry))
        {
            found.Add(entry);
            found.AddRange(_moreBySurface.GetValueOrDefault(surfaceForm) ?? []);
        }
    }

    /// <summary>The entries whose glosses contain every English stem of <paramref name="english"/>, best first.</summary>
    public IEnumerable<TermEntry> FindByGloss(string english) => _glosses.Value.Find(english).Select(i => Entries[i]);

    /// <summary>Appends the leftmost-longest matches inside text[start..end]; <paramref name="scratch"/> is reused.</summary>
    public void AppendSpans(string text, int start, int end, List<TermSpan> into, List<(int Start, int Length, int Pattern)> scratch)
    {
        if (end <= start || _bySurface.Count == 0)
        {
            return;
        }

        var (matcher, surfaces, entries) = _matcher.Value;
        scratch.Clear();
        matcher.FindLongest(text.AsSpan(start, end - start), scratch);
        foreach (var (offset, _, pattern) in scratch)
        {
            into.Add(new TermSpan(start + offset, surfaces[pattern], entries[pattern]));
        }
    }

    /// <summary>Appends every match inside the whole text, overlapping ones included (see <see cref="TermMatcher.FindEvery"/>).</summary>
    public void AppendEvery(string text, List<TermSpan> into, List<(int Start, int Length, int Pattern)> scratch)
    {
        if (_bySurface.Count == 0)
        {
            return;
        }

        var (matcher, surfaces, entries) = _matcher.Value;
        scratch.Clear();
        matcher.FindEvery(text, scratch);
        foreach (var (offset, _, pattern) in scratch)
        {
            into.Add(new TermSpan(offset, surfaces[pattern], entries[pattern]));
        }
    }
}
