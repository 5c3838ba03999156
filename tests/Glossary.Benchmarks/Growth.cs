using System.Diagnostics;
using System.Globalization;
using Glossary.Dictionaries;
using Glossary.Querying;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Benchmarks;

/// <summary>
/// How cost grows with the corpus (growth.sh runs it once per size, each in a fresh process so that the peak memory
/// is that size's): the whole real corpus, repeated with distinct document keys (<c>r003/0123-man.txt</c>) until it
/// reaches the size, is indexed on disk in one bulk call, then looked up, searched and annotated. One tab-separated
/// line per size is appended to the output file; <see cref="GrowthChart"/> draws them.
/// </summary>
public static class Growth
{
    // What each column holds, in order; growth.sh and GrowthChart read the file by these names.
    public static readonly string[] Columns =
    [
        "chars", "index_s", "peak_mib", "index_mb",
        "rare_term", "rare_count", "rare_p50_ms", "rare_p99_ms",
        "frequent_term", "frequent_count", "frequent_p50_ms", "frequent_p99_ms",
        "huge_term", "huge_count", "huge_limit10_p50_ms", "huge_limit10_p99_ms",
        "search_rare_p50_ms", "search_rare_p99_ms", "search_two_words_p50_ms", "search_two_words_p99_ms",
        "annotate_s", "peak_anon_mib",
    ];

    // Occurrences per million characters wanted for each term: the rare one stays under 10,000 at 100 M characters,
    // the huge one reaches about a million there.
    private const double RarePerMillion = 60;
    private const double FrequentPerMillion = 1500;
    private const double HugePerMillion = 10_000;

    private static readonly string[] Candidates =
    [
        "的", "是", "在", "一个", "文件", "使用", "可以", "系统", "命令", "选项", "程序", "软件包", "服务器", "网络", "内核",
        "密码", "字体", "打印机", "浏览器", "数据库", "防火墙", "中国", "键盘", "表格", "图表", "演示文稿", "邮件", "用户",
    ];

    public static async Task<int> RunAsync(long characters, string folder, string output)
    {
        var corpus = LoadAll();
        var baseChars = corpus.Sum(d => (long)d.Text.Length);
        var (rare, frequent, huge) = PickTerms(corpus, baseChars);

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        // Indexing: one bulk call, documents produced lazily, so memory holds the base corpus and the writer's buffers.
        // Peak resident memory counts the index files Lucene maps into memory (RssFile, page cache the kernel can drop);
        // the anonymous part (RssAnon: the managed heap and native allocations) is what the process itself holds.
        long peakAnon = 0;
        using var sampler = new Timer(_ => peakAnon = Math.Max(peakAnon, AnonymousKib()), null, 0, 100);
        var watch = Stopwatch.StartNew();
        long written = 0;
        using (var index = CorpusIndex.Open(folder))
        {
            await index.AddDocumentsAsync(Repeated(corpus, characters).Select(d =>
            {
                written += d.Text.Length;
                return d;
            }));
        }

        var indexSeconds = watch.Elapsed.TotalSeconds;
        sampler.Change(Timeout.Infinite, Timeout.Infinite);
        var peakAnonMib = Math.Max(peakAnon, AnonymousKib()) / 1024.0;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakMib = process.PeakWorkingSet64 / 1048576.0;
        var indexMb = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1e6;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"growth: {written:N0} chars indexed in {indexSeconds:F1} s ({written / 1e6 / indexSeconds:F2} M chars/s), peak {peakMib:F0} MiB ({peakAnonMib:F0} MiB anonymous), index {indexMb:F0} MB"));

        using var read = CorpusIndex.OpenReadOnly(folder, new() { Terms = SampleCorpus.Glossary });
        var all = LookupOptions.Default;
        var limited = LookupOptions.Default with { Limit = 10 };
        var rareCount = read.Lookup(rare, all with { Limit = 0 }).Count;
        var frequentCount = read.Lookup(frequent, all with { Limit = 0 }).Count;
        var hugeCount = read.Lookup(huge, all with { Limit = 0 }).Count;
        var rareTimes = Timed(() => read.Lookup(rare, all));
        var frequentTimes = Timed(() => read.Lookup(frequent, all));
        var hugeTimes = Timed(() => read.Lookup(huge, limited));
        var searchRare = Timed(() => read.Search(rare, 10));
        var searchTwo = Timed(() => read.Search($"{frequent} {rare}", 10));

        // Annotation with CC-CEDICT under the glossary, document by document, over the same characters.
        var terms = TermBase.Combine(SampleCorpus.Glossary, CcCedict.Dictionary);
        terms.Annotate(corpus[0].Text); // builds the trie outside the measurement
        watch.Restart();
        long spans = 0;
        foreach (var (_, text) in Repeated(corpus, characters))
        {
            spans += terms.Annotate(text).Count;
        }

        var annotateSeconds = watch.Elapsed.TotalSeconds;
        GC.KeepAlive(spans);

        object[] row =
        [
            written, indexSeconds, peakMib, indexMb,
            rare, rareCount, rareTimes.P50, rareTimes.P99,
            frequent, frequentCount, frequentTimes.P50, frequentTimes.P99,
            huge, hugeCount, hugeTimes.P50, hugeTimes.P99,
            searchRare.P50, searchRare.P99, searchTwo.P50, searchTwo.P99,
            annotateSeconds, peakAnonMib,
        ];
        var line = string.Join('\t', row.Select(v => v is double d ? d.ToString("G5", CultureInfo.InvariantCulture) : Convert.ToString(v, CultureInfo.InvariantCulture)));
        if (!File.Exists(output))
        {
            File.WriteAllText(output, string.Join('\t', Columns) + "\n");
        }

        File.AppendAllText(output, line + "\n");
        Console.WriteLine(string.Join("  ", Columns.Zip(row, (c, v) => $"{c}={(v is double d ? d.ToString("G4", CultureInfo.InvariantCulture) : v)}")));
        return 0;
    }

    // Percentiles as in Latency, with fewer calls when a call is slow (a term with a million occurrences).
    private static (double P50, double P99) Timed(Action call)
    {
        var start = Stopwatch.GetTimestamp();
        call();
        var first = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return first > 100 ? Latency.Percentiles(call, calls: 7) : Latency.Percentiles(call);
    }

    private static long AnonymousKib() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal)) is { } line
            ? long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)
            : 0;

    /// <summary>Every document of the real corpus, in file-name order.</summary>
    private static List<(string Key, string Text)> LoadAll()
    {
        if (!Corpora.RealIsPresent)
        {
            throw new InvalidOperationException($"The real corpus is absent: run tests/Glossary.Benchmarks/fetch-corpus.sh (looked in {Corpora.RealFolder}).");
        }

        return Directory.EnumerateFiles(Corpora.RealFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
    }

    /// <summary>The corpus repeated, each copy's keys prefixed with its number, until <paramref name="characters"/> are reached.</summary>
    public static IEnumerable<(string Key, string Text)> Repeated(IReadOnlyList<(string Key, string Text)> corpus, long characters)
    {
        long total = 0;
        for (var copy = 0; ; copy++)
        {
            foreach (var (key, text) in corpus)
            {
                if (total >= characters)
                {
                    yield break;
                }

                total += text.Length;
                yield return ($"r{copy:D3}/{key}", text);
            }
        }
    }

    // The same three terms at every size: the candidates whose rate in the whole corpus is closest to each target.
    private static (string Rare, string Frequent, string Huge) PickTerms(List<(string Key, string Text)> corpus, long characters)
    {
        var rates = Candidates.Select(term => (Term: term, PerMillion: corpus.Sum(d => Count(d.Text, term)) * 1e6 / characters)).Where(r => r.PerMillion > 0).ToList();
        string Closest(double target) => rates.OrderBy(r => Math.Abs(Math.Log(r.PerMillion / target))).First().Term;
        Console.Error.WriteLine("growth: occurrences per M chars: " + string.Join(", ", rates.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Term} {r.PerMillion:F0}"))));
        return (Closest(RarePerMillion), Closest(FrequentPerMillion), Closest(HugePerMillion));
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
