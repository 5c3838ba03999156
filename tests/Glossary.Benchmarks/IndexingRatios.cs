using System.Diagnostics;
using System.Globalization;

namespace Glossary.Benchmarks;

/// <summary>
/// The indexing ratios of IndexingBenchmarks, measured by hand in rounds that alternate the three operations (bare
/// SmartCn, bulk indexing on one core, bulk indexing on every core), so that a busy machine slows all three alike;
/// prints each round and the medians. `index-ratios real 5`.
/// </summary>
public static class IndexingRatios
{
    public static async Task<int> RunAsync(string corpus, int rounds)
    {
        var benchmarks = new IndexingBenchmarks { Corpus = corpus };
        benchmarks.Setup();
        await benchmarks.IndexBulkOneCore(); // JIT and SmartCn warm-up, not measured
        var characters = benchmarks.Characters / 1e6;
        var (bare, one, all) = (new List<double>(), new List<double>(), new List<double>());
        var (bareCpu, oneCpu) = (new List<double>(), new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            var gc = new Collections();
            var cpu = CpuSeconds();
            bare.Add(Seconds(() => benchmarks.BareSmartCn()));
            bareCpu.Add(CpuSeconds() - cpu);
            var bareGc = gc.Next();
            cpu = CpuSeconds();
            one.Add(await SecondsAsync(benchmarks.IndexBulkOneCore));
            oneCpu.Add(CpuSeconds() - cpu);
            var oneGc = gc.Next();
            all.Add(await SecondsAsync(benchmarks.IndexBulkAllCores));
            var allGc = gc.Next();
            Console.WriteLine(Invariant($"round {round} ({corpus}, {characters:F2} M chars): bare SmartCn {bare[^1]:F2} s, bulk 1 core {one[^1]:F2} s ({bare[^1] / one[^1]:F2} of bare), all cores {all[^1]:F2} s ({one[^1] / all[^1]:F2}× one core)"));
            Console.WriteLine(Invariant($"  collections (gen0/gen1/gen2, pause): bare {bareGc}; 1 core {oneGc}; all cores {allGc}"));
            Console.WriteLine(Invariant($"  CPU time: bare {bareCpu[^1]:F2} s, bulk 1 core {oneCpu[^1]:F2} s ({bareCpu[^1] / oneCpu[^1]:F2} of bare)"));
        }

        var (b, o, a) = (Median(bare), Median(one), Median(all));
        Console.WriteLine(Invariant($"indexing, bulk, 1 core ({corpus}): {characters / o:F3} M chars/s; bare SmartCn {characters / b:F3} M chars/s; ratio {b / o:F2} — goal ≥ 0.8"));
        Console.WriteLine(Invariant($"indexing, bulk, 1 core ({corpus}), by CPU time of the whole process (merges and collections included): ratio {Median(bareCpu) / Median(oneCpu):F2}"));
        Console.WriteLine(Invariant($"indexing, bulk, {Environment.ProcessorCount} cores vs 1 core ({corpus}): {characters / a:F3} M chars/s vs {characters / o:F3}; {o / a:F2}× — goal ≥ 1.7×"));
        return 0;
    }

    // Less sensitive than wall time to what else runs on a shared machine; it counts every thread of the process.
    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static double Seconds(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static async Task<double> SecondsAsync(Func<Task<int>> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    // Collections, the time the runtime paused the process for them, and the bytes allocated, since the last call:
    // pauses turned out small, and the bytes are what showed indexing's work beyond SmartCn (term vectors, once).
    private sealed class Collections
    {
        private Counts _last = Now();

        public string Next()
        {
            var now = Now();
            var text = Invariant($"{now.Gen0 - _last.Gen0}/{now.Gen1 - _last.Gen1}/{now.Gen2 - _last.Gen2}, {(now.Pause - _last.Pause).TotalSeconds:F2} s, {(now.Allocated - _last.Allocated) / 1048576.0:F0} MiB allocated");
            _last = now;
            return text;
        }

        private static Counts Now() =>
            new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true));

        private readonly record struct Counts(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
