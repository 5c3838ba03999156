using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Glossary.Benchmarks;

/// <summary>
/// The quick run: every BenchmarkDotNet class with a short job, in process, then one line per headline figure, each a
/// ratio between two things measured side by side in this run, with the absolute numbers beside it.
/// </summary>
public static class Quick
{
    public static Task<int> RunAsync(string[] args)
    {
        var job = Job.ShortRun.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        // Look-up and search are timed call by call below (percentiles); their BenchmarkDotNet classes are for full runs.
        var types = new List<Type> { typeof(IndexingBenchmarks), typeof(CommitBenchmarks), typeof(AnnotationBenchmarks), typeof(DictionaryBenchmarks) };
        if (File.Exists(BilingualIndexingBenchmarks.MemoryPath))
        {
            types.Add(typeof(BilingualIndexingBenchmarks));
        }
        else
        {
            Console.WriteLine($"bilingual indexing: TICO-19 absent ({BilingualIndexingBenchmarks.MemoryPath}), not measured");
        }

        var summaries = BenchmarkRunner.Run([.. types], config, args);
        Console.WriteLine();
        Console.WriteLine("== Ratios ==");
        foreach (var summary in summaries)
        {
            Report(summary);
        }

        foreach (var corpus in Corpora.Available)
        {
            Latency.Run(corpus);
        }

        if (File.Exists(BilingualIndexingBenchmarks.MemoryPath))
        {
            BilingualLatency.RunAsync(BilingualIndexingBenchmarks.MemoryPath).GetAwaiter().GetResult();
        }

        if (!Corpora.RealIsPresent)
        {
            Console.WriteLine($"real corpus: absent ({Corpora.RealFolder}); run tests/Glossary.Benchmarks/fetch-corpus.sh to include it");
        }

        return Task.FromResult(0);
    }

    private static void Report(Summary summary)
    {
        foreach (var group in summary.Reports.Where(r => r.ResultStatistics is not null).GroupBy(r => r.BenchmarkCase.Parameters.DisplayInfo))
        {
            var baseline = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
            if (baseline is null)
            {
                continue;
            }

            var parameters = group.Key.Length > 0 ? $" ({group.Key})" : string.Empty;
            var baseMs = baseline.ResultStatistics!.Mean / 1e6;
            foreach (var report in group.Where(r => r != baseline))
            {
                var ms = report.ResultStatistics!.Mean / 1e6;
                Console.WriteLine(Line(report.BenchmarkCase.Descriptor.WorkloadMethod.Name, baseline.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                    parameters, ms, baseMs, report.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Corpus")?.Value as string));
            }
        }
    }

    private static string Line(string method, string baseline, string parameters, double ms, double baseMs, string? corpus)
    {
        var characters = corpus is null ? 0 : Corpora.Load(corpus).Sum(d => (long)d.Text.Length);
        return method switch
        {
            "IndexBulkOneCore" => Format(
                $"indexing, bulk, 1 core{parameters}: {baseMs / ms:F2} of bare SmartCn (SmartCn {characters / baseMs / 1000:F2} M chars/s, index {characters / ms / 1000:F2} M chars/s) — goal ≥ 0.8: {Met(baseMs / ms >= 0.8)}"),
            "IndexBulkAllCores" => Format(
                $"indexing, bulk, {Environment.ProcessorCount} cores{parameters}: {baseMs / ms:F2} of bare single-threaded SmartCn (index {characters / ms / 1000:F2} M chars/s)"),
            "IndexOneByOne" => Format(
                $"indexing, one commit per document (article-x200): {ms / baseMs:F1}× the time of one bulk commit ({ms:F0} ms against {baseMs:F0} ms)"),
            "IndexOfPerForm" => Format(
                $"annotation{parameters}: {ms / baseMs:F0}× faster than IndexOf per form (annotate {20_000 / baseMs / 1000:F1} M chars/s, IndexOf {20_000 / ms / 1000:F3} M chars/s) — goal ≥ 20 M chars/s: {Met(20_000 / baseMs / 1000 >= 20)}"),
            "JiebaCut" => Format(
                $"annotation{parameters}: {ms / baseMs:F1}× faster than jieba.NET (annotate {20_000 / baseMs / 1000:F1} M chars/s, jieba.NET {20_000 / ms / 1000:F2} M chars/s) — goal ≥ 10×: {Met(ms / baseMs >= 10)}"),
            "IndexMemory" => Format(
                $"indexing a memory (TICO-19, one block): {baseMs / ms:F2} of the same Chinese text as a plain document ({ms:F0} ms against {baseMs:F0} ms) — goal ≥ 0.8: {Met(baseMs / ms >= 0.8)}"),
            "LoadCcCedict" => Format(
                $"dictionary load: {ms:F0} ms, {ms / baseMs:F1}× decompress-and-decode alone ({baseMs:F0} ms) — goal < 300 ms: {Met(ms < 300)}"),
            _ => Format($"{method}{parameters}: {ms:F3} ms, {ms / baseMs:F2}× {baseline} ({baseMs:F3} ms)"),
        };
    }

    private static string Met(bool met) => met ? "met" : "not met";

    private static string Format(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);
}
