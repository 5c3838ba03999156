using Glossary.Querying;
using Glossary.Samples;

namespace Glossary.Benchmarks;

/// <summary>Indexes shared by the query benchmarks, built once per process and corpus and kept until it exits.</summary>
public static class Fixtures
{
    private static readonly Dictionary<string, (CorpusIndex, string[])> Built = [];

    public static (CorpusIndex Index, string[] Texts) Index(string corpus)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(corpus, out var built))
            {
                var documents = Corpora.Load(corpus);
                var index = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
                foreach (var (key, text) in documents)
                {
                    index.AddDocumentAsync(key, text).GetAwaiter().GetResult();
                }

                Built[corpus] = built = (index, documents.Select(d => d.Text).ToArray());
            }

            return built;
        }
    }

    /// <summary>
    /// The same corpus as an index on disk, as `glossary index` writes one (bulk, one commit) and `glossary term` opens
    /// it (read-only, memory-mapped files): in a fresh temporary folder, deleted when the process exits.
    /// </summary>
    public static CorpusIndex OnDisk(string corpus)
    {
        var folder = Directory.CreateTempSubdirectory("glossary-latency-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        using (var writer = CorpusIndex.Open(folder, new() { Terms = SampleCorpus.Glossary }))
        {
            writer.AddDocumentsAsync(Corpora.Load(corpus)).GetAwaiter().GetResult();
        }

        return CorpusIndex.OpenReadOnly(folder, new() { Terms = SampleCorpus.Glossary });
    }

    /// <summary>
    /// The word whose count is closest to <paramref name="target"/>: a glossary term, or on a corpus the glossary does
    /// not cover (the real one), one of a few common words of Chinese technical prose.
    /// </summary>
    public static string TermWithAbout(CorpusIndex index, int target)
    {
        string[] common = ["文件", "使用", "可以", "系统", "命令", "选项", "程序", "中国"];
        return index.Terms.Entries.Select(e => e.Term).Concat(common)
            .Select(term => (Term: term, Count: index.Lookup(term, LookupOptions.Default with { Limit = 0 }).Count))
            .Where(c => c.Count > 0)
            .OrderBy(c => Math.Abs(c.Count - target))
            .First().Term;
    }
}
