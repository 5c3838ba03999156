using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Glossary.Querying;

/// <summary>Collects every matching document id, unscored and unsorted: a look-up wants all of them, not the top N.</summary>
internal sealed class DocIdCollector : ICollector
{
    private int _docBase;

    public List<int> DocIds { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc) => DocIds.Add(_docBase + doc);

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public static List<int> Collect(IndexSearcher searcher, Query query)
    {
        var collector = new DocIdCollector();
        searcher.Search(query, collector);
        return collector.DocIds;
    }
}
