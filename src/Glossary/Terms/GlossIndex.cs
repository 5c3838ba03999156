using Glossary.Analysis;

namespace Glossary.Terms;

// English look-up: every gloss is reduced to its English stems ("bargains" → "bargain", stop words dropped), and a
// query finds the entries having a gloss that contains all of the query's stems. Entries whose gloss says exactly
// the query come first, then shorter glosses (a closer fit), then glossary order.
internal sealed class GlossIndex
{
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>>[] _glossStems;

    public GlossIndex(IReadOnlyList<TermEntry> entries)
    {
        _glossStems = new List<HashSet<string>>[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            _glossStems[e] = [];
            foreach (var gloss in entries[e].Glosses)
            {
                var stems = Analyzers.EnglishStems(gloss).ToHashSet(StringComparer.Ordinal);
                _glossStems[e].Add(stems);
                foreach (var stem in stems)
                {
                    if (!_postings.TryGetValue(stem, out var list))
                    {
                        _postings[stem] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != e)
                    {
                        list.Add(e);
                    }
                }
            }
        }
    }

    /// <summary>Indexes of the matching entries, best first.</summary>
    public IReadOnlyList<int> Find(string english)
    {
        var query = Analyzers.EnglishStems(english).ToHashSet(StringComparer.Ordinal);
        if (query.Count == 0 || !query.All(_postings.ContainsKey))
        {
            return [];
        }

        var candidates = query.Select(stem => _postings[stem]).OrderBy(list => list.Count).First();
        return candidates
            .Where(e => _glossStems[e].Any(query.IsSubsetOf))
            .Select(e => (Entry: e, Fit: _glossStems[e].Where(query.IsSubsetOf).Min(g => g.Count)))
            .OrderBy(c => c.Fit == query.Count ? 0 : 1)
            .ThenBy(c => c.Fit)
            .ThenBy(c => c.Entry)
            .Select(c => c.Entry)
            .ToList();
    }
}
