using BenchmarkDotNet.Attributes;
using Glossary.Bilingual;

namespace Glossary.Benchmarks;

/// <summary>
/// Indexing a translation memory against indexing the same Chinese text as a plain document: TICO-19's 3,071
/// English–Chinese units (from the shared material beside the repository); both are one block of text, so one core
/// each. The memory's extra work
/// is its other side (kept in doc values, analysed as English); the goal is at least 0.8 of the plain speed.
/// </summary>
[MemoryDiagnoser]
public class BilingualIndexingBenchmarks
{
    private BilingualDocument _memory = null!;
    private string _chinese = string.Empty;

    /// <summary>TICO-19's memory in the shared material, or $GLOSSARY_TICO.</summary>
    public static string MemoryPath =>
        Environment.GetEnvironmentVariable("GLOSSARY_TICO") is { Length: > 0 } path
            ? path
            : Path.GetFullPath(Path.Combine("..", "shared", "bilingual", "tico-19", "all.en-zh.tmx"));

    [GlobalSetup]
    public void Setup()
    {
        if (!File.Exists(MemoryPath))
        {
            throw new InvalidOperationException($"TICO-19's memory is absent: looked for {MemoryPath} (run from the repository root, beside ../shared, or set GLOSSARY_TICO).");
        }

        _memory = BilingualFile.Load(MemoryPath);
        _chinese = string.Concat(_memory.Units.Select(u => (u.Chinese?.Text ?? string.Empty) + "\n"));
        IndexPlainText().GetAwaiter().GetResult(); // SmartCn's dictionaries load once per process
    }

    /// <summary>The Chinese side alone, as one plain document (the baseline).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> IndexPlainText()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentsAsync([("tico", _chinese)]);
        return index.PassageCount;
    }

    /// <summary>The memory: the same Chinese text, one passage per unit, with the English side.</summary>
    [Benchmark]
    public async Task<int> IndexMemory()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddBilingualDocumentAsync("tico", _memory);
        return index.PassageCount;
    }
}
