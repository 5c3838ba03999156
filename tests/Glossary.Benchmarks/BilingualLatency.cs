using System.Diagnostics;
using System.Globalization;
using Glossary.Bilingual;
using Glossary.Querying;

namespace Glossary.Benchmarks;

/// <summary>
/// Look-ups with renderings on TICO-19's memory, the way a translator asks: every Chinese term of its term list (the
/// form before a full-width parenthesis) and every English term, each looked up once after a warm-up pass, timed
/// call by call; p50, p95 and the slowest, beside the same look-ups without renderings.
/// </summary>
public static class BilingualLatency
{
    public static async Task<int> RunAsync(string memoryPath)
    {
        var terms = Path.Combine(Path.GetDirectoryName(memoryPath)!, "f_en-zh_CN.csv");
        using var index = CorpusIndex.InMemory();
        await index.AddBilingualDocumentAsync("tico", BilingualFile.Load(memoryPath));
        var rows = File.ReadLines(terms).Skip(1).Select(l => l.Split(',')).Where(c => c.Length >= 5).ToList();
        var chinese = rows.Select(c => c[4].Split('（')[0].Trim()).Where(t => t.Length is > 0 and <= 64).Distinct().ToList();
        var english = rows.Select(c => c[3].Trim()).Where(t => t.Length is > 0 and <= 64).Distinct().ToList();
        var with = LookupOptions.Default with { Limit = 10 };
        var without = with with { IncludeRenderings = false };
        foreach (var (name, queries) in new[] { ("Chinese terms", chinese), ("English terms", english) })
        {
            Time(index, queries, with); // warm-up: JIT, SmartCn's dictionaries, caches
            var renderings = Time(index, queries, with);
            var plain = Time(index, queries, without);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"look-up with renderings (TICO-19, {queries.Count} {name}): p50 {renderings[renderings.Count / 2]:F2} ms, p95 {renderings[renderings.Count * 95 / 100]:F2} ms, max {renderings[^1]:F1} ms; without renderings p50 {plain[plain.Count / 2]:F2} ms — goal p50 < 20 ms: {(renderings[renderings.Count / 2] < 20 ? "met" : "not met")}"));
        }

        return 0;
    }

    private static List<double> Time(CorpusIndex index, List<string> queries, LookupOptions options)
    {
        var times = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(index.Lookup(query, options));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }
}
