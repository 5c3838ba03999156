using Glossary.Querying;
using Glossary.Samples;
using Glossary.Spin;

namespace Glossary.Tests.Indexing;

public sealed class BulkIndexingTests
{
    private static readonly (string Key, string Text)[] Documents =
    [
        .. Enumerable.Range(0, 12).Select(i => ($"doc-{i:D2}", SampleCorpus.Article[(i * 300)..])),
    ];

    [Fact]
    public async Task AddDocumentsAsync_OnAllCores_FindsExactlyWhatOneByOneFinds()
    {
        using var bulk = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
        using var single = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });

        await bulk.AddDocumentsAsync(Documents);
        foreach (var (key, text) in Documents)
        {
            await single.AddDocumentAsync(key, text);
        }

        Assert.Equal(single.GetDocumentKeys(), bulk.GetDocumentKeys());
        Assert.Equal(single.PassageCount, bulk.PassageCount);
        foreach (var entry in SampleCorpus.Glossary.Entries.Where(e => e.Variants.Count == 0).Take(30))
        {
            Assert.Equal(Documents.Sum(d => Scan.Count(d.Text, entry.Term)), bulk.Lookup(entry.Term).Count);
            Assert.Equal(single.Lookup(entry.Term).Count, bulk.Lookup(entry.Term).Count);
        }

        Assert.All(Documents, d => Assert.Equal(d.Text, bulk.GetDocumentText(d.Key)));
        Assert.All(Documents, d => Assert.Equal(SpinTable.Bundled.Analyze(d.Text).Verdict, bulk.GetSpinVerdict(d.Key)));
        Assert.Contains(Documents, d => bulk.GetSpinVerdict(d.Key) == SpinVerdict.Spun);
    }

    [Fact]
    public async Task AddDocumentsAsync_SameKeysAgain_ReplacesThem()
    {
        using var index = CorpusIndex.InMemory();

        await index.AddDocumentsAsync(Documents);
        await index.AddDocumentsAsync(Documents.Select(d => (d.Key, "替换后的文本")));

        Assert.Equal(Documents.Length, index.GetDocumentKeys().Count);
        Assert.Equal(Documents.Length, index.Lookup("替换").Count);
        Assert.Equal(0, index.Lookup("大买卖").Count);
    }

    [Fact]
    public async Task AddDocumentsAsync_TheSameKeyTwiceInOneCall_KeepsTheLastVersion_Whole()
    {
        for (var run = 0; run < 10; run++)
        {
            using var index = CorpusIndex.InMemory();
            await index.AddDocumentAsync("k", "最初的版本");
            var first = string.Concat(Enumerable.Repeat(SampleCorpus.Article, 3));
            var second = SampleCorpus.Article[..1000];

            await index.AddDocumentsAsync([("k", first), ("other", "别的文档"), ("k", second)], maxParallelism: 2);

            Assert.Equal(["k", "other"], index.GetDocumentKeys());
            Assert.Equal(second, index.GetDocumentText("k"));
            Assert.Equal(Scan.Count(second, "大买卖"), index.Lookup("大买卖", LookupOptions.Default with { IncludeSpunForms = false }).Count);
        }
    }

    [Fact]
    public async Task AddDocumentsAsync_ReportsEveryDocumentsLength()
    {
        using var index = CorpusIndex.InMemory();
        var reported = new List<int>();
        var progress = new SynchronousProgress(length => { lock (reported) { reported.Add(length); } });

        await index.AddDocumentsAsync(Documents, progress);

        Assert.Equal(Documents.Select(d => d.Text.Length).Order(), reported.Order());
    }

    [Fact]
    public async Task AddDocumentsAsync_ADocumentFails_TheErrorIsItself_AndTheDocumentsBeforeItAreCommitted()
    {
        using var index = CorpusIndex.InMemory();
        (string, string)[] documents = [("a", "第一篇"), ("b", "第二篇"), ("", "没有键"), ("d", "第四篇")];

        await Assert.ThrowsAsync<ArgumentException>(() => index.AddDocumentsAsync(documents, maxParallelism: 1));

        Assert.Equal(["a", "b"], index.GetDocumentKeys());
    }

    [Fact]
    public async Task AddDocumentsAsync_AlreadyCancelled_AddsNothing()
    {
        using var index = CorpusIndex.InMemory();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.AddDocumentsAsync(Documents, cancellationToken: cancelled.Token));

        Assert.Empty(index.GetDocumentKeys());
    }
}
