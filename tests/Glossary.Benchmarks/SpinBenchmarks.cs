using BenchmarkDotNet.Attributes;
using Glossary.Spin;

namespace Glossary.Benchmarks;

/// <summary>
/// Spin detection (<see cref="SpinTable.Judge"/>, the verdict alone) and restoration (analysis and the restored text)
/// over a fixed sample of about a million characters of the Debian corpus (Corpora.Real), or the clean test fixtures
/// when the corpus is absent, document by document, with the table as shipped (<see cref="SpinTable.Bundled"/>: the
/// curated pairs and the learned ones embedded from src/Glossary/Spin/spin-pairs-learned.tsv).
/// </summary>
[MemoryDiagnoser]
public class SpinBenchmarks
{
    private SpinTable _table = null!;
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpora.RealIsPresent
            ? Corpora.Load(Corpora.Real).Select(d => d.Text).ToArray()
            : Directory.GetFiles(Testing.Repository.PathOf("tests", "Glossary.Tests", "Fixtures", "CleanProse"), "*.txt").Select(File.ReadAllText).ToArray();
        _table = SpinTable.Bundled;
    }

    [Benchmark(Baseline = true)]
    public int Detect() => _texts.Count(t => _table.Judge(t) == SpinVerdict.Spun);

    [Benchmark]
    public int Restore() => _texts.Sum(t => _table.Analyze(t).Restore().Replacements.Count);
}
