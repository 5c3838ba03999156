using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Glossary.Benchmarks;

/// <summary>
/// Indexing throughput against the analyzer's own limit: bare SmartCn tokenization of every document (the baseline)
/// against indexing the same documents into a fresh in-memory index (both fields, stored windows, term vectors,
/// commit): in bulk on one core, in bulk on all cores, and one document (one commit) at a time.
/// </summary>
[MemoryDiagnoser]
public class IndexingBenchmarks
{
    private static readonly Analyzer SmartCn = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
    private IReadOnlyList<(string Key, string Text)> _documents = [];

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Corpora.Replicated;

    public static IEnumerable<string> CorpusNames => Corpora.Available;

    public long Characters => _documents.Sum(d => (long)d.Text.Length);

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpora.Load(Corpus);
        BareSmartCn(); // SmartCn's dictionaries load once per process: not part of either measurement
    }

    [Benchmark(Baseline = true)]
    public int BareSmartCn()
    {
        var tokens = 0;
        foreach (var (_, text) in _documents)
        {
            using var stream = SmartCn.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }

            stream.End();
        }

        return tokens;
    }

    /// <summary>The bulk path on one core: the headline ratio, like for like with single-threaded SmartCn.</summary>
    [Benchmark]
    public async Task<int> IndexBulkOneCore()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentsAsync(_documents, maxParallelism: 1);
        return index.PassageCount;
    }

    /// <summary>The bulk path on every core.</summary>
    [Benchmark]
    public async Task<int> IndexBulkAllCores()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentsAsync(_documents);
        return index.PassageCount;
    }
}
