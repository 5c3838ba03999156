using System.Collections;

namespace Glossary.Querying;

/// <summary>
/// The passages a search returns, best first (at most the limit asked for), and how many passages matched in all.
/// </summary>
public sealed class SearchResults : IReadOnlyList<PassageHit>
{
    private readonly PassageHit[] _hits;

    internal SearchResults(string query, int total, IEnumerable<PassageHit> hits)
    {
        Query = query;
        _hits = hits.ToArray();
        Total = Math.Max(total, _hits.Length);
    }

    /// <summary>The query as given.</summary>
    public string Query { get; }

    /// <summary>The number of passages that match the query, of which this list holds the best.</summary>
    public int Total { get; }

    /// <summary>The number of passages returned (at most the limit).</summary>
    public int Count => _hits.Length;

    /// <summary>The passage at <paramref name="index"/>, best first.</summary>
    public PassageHit this[int index] => _hits[index];

    /// <summary>The passages, best first.</summary>
    public IEnumerator<PassageHit> GetEnumerator() => ((IEnumerable<PassageHit>)_hits).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
