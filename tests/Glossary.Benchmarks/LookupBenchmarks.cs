using BenchmarkDotNet.Attributes;

namespace Glossary.Benchmarks;

/// <summary>
/// Exact look-up of a term with 1–2,000 occurrences on the million-character index, with context, against the naive
/// way: reading every document's stored text back from the index and scanning it with an ordinal IndexOf.
/// </summary>
public class LookupBenchmarks
{
    private CorpusIndex _index = null!;

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Corpora.Replicated;

    public static IEnumerable<string> CorpusNames => Corpora.Available;

    /// <summary>The term looked up: the glossary term whose count is closest to 1,500 (chosen in setup).</summary>
    public string Term { get; private set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        (_index, _) = Fixtures.Index(Corpus);
        Term = Fixtures.TermWithAbout(_index, 1500);
    }

    [Benchmark(Baseline = true)]
    public int IndexOfScan()
    {
        var count = 0;
        foreach (var text in _index.GetDocumentKeys().Select(_index.GetDocumentText))
        {
            for (var i = text!.IndexOf(Term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Term, i + Term.Length, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark]
    public int Lookup() => _index.Lookup(Term).Occurrences.Count;
}
