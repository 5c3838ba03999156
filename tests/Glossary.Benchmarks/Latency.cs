using System.Diagnostics;
using System.Globalization;
using Glossary.Dictionaries;
using Glossary.Querying;

namespace Glossary.Benchmarks;

/// <summary>
/// Per-call latency percentiles, which BenchmarkDotNet (mean per operation over iterations) does not give: each call
/// is timed on its own, 300 times after 30 warm-up calls, and p50 and p99 are read off the sorted timings.
/// </summary>
public static class Latency
{
    public static int Run(string corpus)
    {
        var (index, texts) = Fixtures.Index(corpus);
        var term = Fixtures.TermWithAbout(index, 1500);
        var count = index.Lookup(term).Count;
        var lookup = Percentiles(() => index.Lookup(term));
        var scan = Percentiles(() => GC.KeepAlive(index.GetDocumentKeys().Sum(key => Count(index.GetDocumentText(key)!, term))), calls: 20);
        var inMemory = Percentiles(() => GC.KeepAlive(texts.Sum(t => Count(t, term))));
        Print($"lookup p50 ({corpus}, {term} × {count:N0})", lookup.P50, scan.P50, "IndexOf over the stored text", "p50 < 1 ms and ≥ 10× faster than IndexOf",
            lookup.P50 < 1 && scan.P50 / lookup.P50 >= 10, string.Create(CultureInfo.InvariantCulture, $"p99 {lookup.P99:F2} ms; IndexOf over texts already in memory {inMemory.P50:F3} ms"));
        // What one look-up allocates (most of it Lucene's doc-value reader, which gives every value read a new array).
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collectionsBefore = GC.CollectionCount(0);
        for (var i = 0; i < 100; i++)
        {
            index.Lookup(term);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lookup allocation ({corpus}, {term}): {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 100 / 1024.0:F0} KiB per look-up, {(GC.CollectionCount(0) - collectionsBefore) / 100.0:F2} collections per look-up"));
        var asWritten = LookupOptions.Default with { IncludeSpunForms = false };
        var written = Percentiles(() => index.Lookup(term, asWritten));
        Print($"lookup p50 as written, no spun forms ({corpus}, {term})", written.P50, lookup.P50, "with spun forms", "report", true, string.Create(CultureInfo.InvariantCulture, $"p99 {written.P99:F2} ms"));

        // The in-memory index above is written to Lucene's RAMDirectory and read from one array per file
        // (ContiguousReadDirectory); an index on disk, as the tool writes and opens it, reads memory-mapped files.
        using (var onDisk = Fixtures.OnDisk(corpus))
        {
            var disk = Percentiles(() => onDisk.Lookup(term));
            var diskWritten = Percentiles(() => onDisk.Lookup(term, asWritten));
            Print($"lookup p50 on disk ({corpus}, {term} × {onDisk.Lookup(term).Count:N0})", disk.P50, lookup.P50, "in memory", "p50 < 1 ms", disk.P50 < 1,
                string.Create(CultureInfo.InvariantCulture, $"p99 {disk.P99:F2} ms; as written {diskWritten.P50:F3} ms (p99 {diskWritten.P99:F2} ms), goal < 1 ms: {(diskWritten.P50 < 1 ? "met" : "not met")}"));
        }

        foreach (var query in new[] { "芯片 出口管制", "grand bargain" })
        {
            var top10 = Percentiles(() => index.Search(query, 10));
            var top1 = Percentiles(() => index.Search(query, 1));
            Print($"search p50 ({corpus}, \"{query}\", top 10)", top10.P50, top1.P50, "top 1", "p50 < 5 ms", top10.P50 < 5, $"p99 {top10.P99:F2} ms");
        }

        return 0;
    }

    /// <summary>
    /// The look-up of <see cref="Run"/> with and without spun forms, alternated in rounds in one process, so the
    /// cost of finding and verifying spun forms is read side by side (p50 of 200 calls per round, after a warm-up).
    /// </summary>
    public static int Spun(string corpus, int rounds)
    {
        var (index, _) = Fixtures.Index(corpus);
        var term = Fixtures.TermWithAbout(index, 1500);
        var asWritten = LookupOptions.Default with { IncludeSpunForms = false };
        Console.WriteLine($"{corpus}, {term}: {index.Lookup(term).Count:N0} occurrences with spun forms, {index.Lookup(term, asWritten).Count:N0} as written");
        for (var round = 1; round <= rounds; round++)
        {
            var spun = Percentiles(() => index.Lookup(term), calls: 200);
            var written = Percentiles(() => index.Lookup(term, asWritten), calls: 200);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: with spun forms p50 {spun.P50:F3} ms (p99 {spun.P99:F2}); as written {written.P50:F3} ms (p99 {written.P99:F2}); ratio {spun.P50 / written.P50:F2}"));
        }

        return 0;
    }

    /// <summary>Managed memory kept by the loaded dictionary, in a fresh process (run.sh starts one for it).</summary>
    public static int DictionaryMemory()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var dictionary = CcCedict.Dictionary;
        var milliseconds = watch.Elapsed.TotalMilliseconds;
        var kept = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dictionary load (cold, {dictionary.Entries.Count:N0} entries): {milliseconds:F0} ms, {kept:F1} MiB kept — goal < 200 ms, < 60 MB: {(milliseconds < 200 && kept < 57.2 ? "met" : "not met")}"));
        GC.KeepAlive(dictionary);
        return 0;
    }

    /// <summary>The bundled spin model's two parts loaded cold, in this order: the table of pairs, the word model.</summary>
    public static int SpinModelLoad()
    {
        var watch = Stopwatch.StartNew();
        var table = Spin.SpinTable.Bundled;
        var tableMilliseconds = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var id = table.Id;
        var idMilliseconds = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var model = Spin.WordModel.Bundled;
        var modelMilliseconds = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"spin model load (cold): table {tableMilliseconds:F0} ms, its id (for an index) {idMilliseconds:F0} ms, word model {modelMilliseconds:F0} ms"));
        GC.KeepAlive(id);
        GC.KeepAlive(table);
        GC.KeepAlive(model);
        return 0;
    }

    public static (double P50, double P99) Percentiles(Action call, int calls = 300)
    {
        // Warm-up: 30 calls and at least three seconds. The runtime recompiles a method optimised (tier 1) only after
        // 30 calls and 100 ms without new tier-0 work, on a background thread that a busy machine delays; 30 calls of
        // a 5 ms look-up left part of the timed calls running unoptimised code (a spun look-up measured 6 ms this
        // way, 3 ms once warm), and a warm-up of one second still left the first round of spun look-ups at twice the
        // second's on a loaded machine.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < Math.Min(30, calls) || (calls > 30 && warm.Elapsed < TimeSpan.FromSeconds(3)); i++)
        {
            call();
        }

        var timings = new double[calls];
        for (var i = 0; i < timings.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call();
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(timings);
        return (timings[timings.Length / 2], timings[(int)(timings.Length * 0.99)]);
    }

    public static void Print(string figure, double value, double baseline, string baselineName, string goal, bool met, string extra = "")
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{figure}: {value:F3} ms; {baselineName} {baseline:F3} ms; ratio {baseline / value:F1}× — goal {goal}: {(met ? "met" : "not met")}{(extra.Length > 0 ? "; " + extra : string.Empty)}"));
    }

    private static int Count(string text, string term)
    {
        var count = 0;
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
