using BenchmarkDotNet.Attributes;

namespace Glossary.Benchmarks;

/// <summary>
/// Indexing one document at a time, each committed and made visible before the next (AddDocumentAsync), against the
/// bulk path (AddDocumentsAsync, one commit): what a commit per document costs. On the replicated article only: on
/// the real corpus's 500 short documents it takes minutes and says the same.
/// </summary>
public class CommitBenchmarks
{
    private IReadOnlyList<(string Key, string Text)> _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = Corpora.Load(Corpora.Replicated);

    [Benchmark(Baseline = true)]
    public async Task<int> IndexBulkOneCore()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentsAsync(_documents, maxParallelism: 1);
        return index.PassageCount;
    }

    /// <summary>One AddDocumentAsync per document: a commit and a reader refresh each time.</summary>
    [Benchmark]
    public async Task<int> IndexOneByOne()
    {
        using var index = CorpusIndex.InMemory();
        foreach (var (key, text) in _documents)
        {
            await index.AddDocumentAsync(key, text);
        }

        return index.PassageCount;
    }
}
