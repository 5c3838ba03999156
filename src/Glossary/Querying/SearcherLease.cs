using Glossary.Errors;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Glossary.Querying;

/// <summary>
/// Lends searchers of the latest commit to readers, and maps damage met while reading to one clear error. A
/// read-only index follows another process's commits: at most once a second it checks (one directory listing) for a
/// new commit and, if there is one, opens it without blocking readers.
/// </summary>
internal sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _searchers;
    private readonly bool _followsOtherProcess;
    private readonly string _location;
    private long _refreshed = Environment.TickCount64;

    /// <summary>Searchers of the writer's commits (refreshed by <see cref="Refresh"/> after each write).</summary>
    public SearcherLease(IndexWriter writer, string location)
    {
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
        _location = location;
    }

    /// <summary>Searchers of another process's commits.</summary>
    public SearcherLease(LuceneDirectory directory, string location)
    {
        _searchers = new SearcherManager(directory, new Bm25SearcherFactory());
        _followsOtherProcess = true;
        _location = location;
    }

    /// <summary>Makes the last commit visible to the next readers (blocking until it is).</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        IndexSearcher searcher;
        try
        {
            if (_followsOtherProcess && Environment.TickCount64 - Volatile.Read(ref _refreshed) > 1000)
            {
                Volatile.Write(ref _refreshed, Environment.TickCount64);
                _searchers.MaybeRefresh();
            }

            searcher = _searchers.Acquire();
        }
        catch (Exception e) when (IndexErrors.IsDamage(e, opening: true))
        {
            throw IndexErrors.Damaged(_location, e);
        }

        try
        {
            return read(searcher);
        }
        catch (Exception e) when (IndexErrors.IsDamage(e, opening: false))
        {
            // Damage that opening could not see (a data file cut short, say) shows when a read reaches it.
            throw IndexErrors.Damaged(_location, e);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose() => _searchers.Dispose();

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}
