using BenchmarkDotNet.Attributes;
using Glossary.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// Passage search (top 10 with highlights and the glossary terms inside) against the same search returning one hit,
/// whose cost is the query itself: the ratio shows what ten highlighted, glossed snippets add.
/// </summary>
public class SearchBenchmarks
{
    private CorpusIndex _index = null!;

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Corpora.Replicated;

    public static IEnumerable<string> CorpusNames => Corpora.Available;

    [Params("芯片 出口管制", "grand bargain")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => (_index, _) = Fixtures.Index(Corpus);

    [Benchmark(Baseline = true)]
    public int TopOne() => _index.Search(Query, 1).Count;

    [Benchmark]
    public int TopTen() => _index.Search(Query, 10).Count;
}
