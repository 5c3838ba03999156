using BenchmarkDotNet.Attributes;
using Glossary.Spin;

namespace Glossary.Benchmarks;

/// <summary>
/// Spin detection (the verdict alone) and restoration (analysis and the restored text) over a fixed sample of about a
/// million characters of the Debian corpus (Corpora.Real), or the clean test fixtures when the corpus is absent,
/// document by document, with the curated table and the learned pairs (src/Glossary/Spin/spin-pairs-learned.tsv,
/// when it has been generated).
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
        // TODO: SpinTable.Bundled alone once it is curated + learned (the learned file embedded on main).
        var learned = Testing.Repository.PathOf(SpinLearning.DefaultOutput.Split('/'));
        _table = File.Exists(learned) ? SpinTable.Combine(SpinLearner.Curated, SpinTable.Load(learned, strict: true)) : SpinTable.Bundled;
    }

    // TODO: SpinTable.Judge(text), the cheaper detection entry point, once it is on main.
    [Benchmark(Baseline = true)]
    public int Detect() => _texts.Count(t => _table.Analyze(t).Verdict == SpinVerdict.Spun);

    [Benchmark]
    public int Restore() => _texts.Sum(t => _table.Analyze(t).Restore().Replacements.Count);
}
