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
                var index = CorpusIndex.InMemory(SampleCorpus.Glossary);
                foreach (var (key, text) in documents)
                {
                    index.AddDocumentAsync(key, text).GetAwaiter().GetResult();
                }

                Built[corpus] = built = (index, documents.Select(d => d.Text).ToArray());
            }

            return built;
        }
    }

    /// <summary>The glossary term (or, on a corpus without them, a frequent bigram) whose count is closest to <paramref name="target"/>.</summary>
    public static string TermWithAbout(CorpusIndex index, int target)
    {
        var counted = index.Terms.Entries
            .Select(e => (e.Term, Count: index.Lookup(e.Term, LookupOptions.Default with { Limit = 0 }).Count))
            .Where(c => c.Count > 0)
            .OrderBy(c => Math.Abs(c.Count - target))
            .ToList();
        return counted.Count > 0 && counted[0].Count >= target / 4 ? counted[0].Term : "中国";
    }
}
