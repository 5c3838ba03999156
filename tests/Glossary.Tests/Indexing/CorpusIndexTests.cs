using Glossary.Errors;
using Glossary.Querying;
using Glossary.Samples;

namespace Glossary.Tests.Indexing;

public sealed class CorpusIndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "glossary-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Open_IndexWrittenToAFolder_GivesIdenticalAnswersInANewInstance()
    {
        string[] terms = ["大买卖", "卡脖子", "H-1B", "布坎南", "了,", "芯片"];
        List<TermReport> before;
        List<List<PassageHit>> searchedBefore;
        using (var index = CorpusIndex.Open(_folder, new() { Terms = SampleCorpus.Glossary }))
        {
            await index.AddDocumentAsync(SampleCorpus.ArticleKey, SampleCorpus.Article);
            before = terms.Select(t => index.Lookup(t)).ToList();
            searchedBefore = terms.Select(t => index.Search(t).ToList()).ToList();
        }

        using var reopened = CorpusIndex.Open(_folder, new() { Terms = SampleCorpus.Glossary });

        for (var i = 0; i < terms.Length; i++)
        {
            var after = reopened.Lookup(terms[i]);
            Assert.Equal(before[i].Count, after.Count);
            Assert.Equal(before[i].Occurrences, after.Occurrences);
            var searchedAfter = reopened.Search(terms[i]);
            Assert.Equal(searchedBefore[i].Select(Describe), searchedAfter.Select(Describe));
        }

        Assert.Equal([SampleCorpus.ArticleKey], reopened.GetDocumentKeys());
    }

    [Fact]
    public async Task Open_SecondWriterOnTheSameFolder_GetsAClearError()
    {
        using var first = CorpusIndex.Open(_folder);

        var error = Assert.Throws<GlossaryException>(() => CorpusIndex.Open(_folder));

        Assert.Contains("in use by another process", error.Message, StringComparison.Ordinal);
        await first.AddDocumentAsync("still-usable", "第一个索引仍然可以写入。");
        Assert.Equal(1, first.Lookup("索引").Count);
    }

    [Fact]
    public async Task AddDocument_SameKeyTwice_ReplacesTheEarlierVersion()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("a.txt", "旧的版本提到卡脖子。");
        await index.AddDocumentAsync("a.txt", "新的版本没有提到。");

        Assert.Equal(0, index.Lookup("卡脖子").Count);
        Assert.Equal(1, index.Lookup("新的").Count);
        Assert.Equal(["a.txt"], index.GetDocumentKeys());
    }

    [Fact]
    public async Task GetDocumentText_ReturnsTheTextExactlyAsAdded()
    {
        const string text = "\r\n  第一段。\r\n\r\n第二段有 DeepSeek V3.2 和 𠀀 字。\n\n\n  \t最后一段";
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("doc", text);
        await index.AddDocumentAsync("article", SampleCorpus.Article);

        Assert.Equal(text, index.GetDocumentText("doc"));
        Assert.Equal(SampleCorpus.Article, index.GetDocumentText("article"));
        Assert.Null(index.GetDocumentText("missing"));
        Assert.Equal(["article", "doc"], index.GetDocumentKeys());
    }

    [Fact]
    public async Task Lookup_OccurrenceAcrossPassagesOfOneLongParagraph_IsFoundOnce()
    {
        // One paragraph of 40 sentences is split into passages of at most 300 characters; strings spanning the
        // cut between two passages must still be found, and found once.
        var sentences = Enumerable.Range(0, 40).Select(i => $"这是第{i}句话，讲的是出口管制和芯片的关系。");
        var text = string.Concat(sentences);
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("long", text);

        foreach (var probe in new[] { "。这是", "关系。这是第1", "的关系。这是第", "系。这" })
        {
            var report = index.Lookup(probe);
            Assert.Equal(Scan.Offsets(text, probe), report.Occurrences.Select(o => o.Offset));
        }

        var passages = index.Lookup("。这是").Occurrences.Select(o => o.Passage).Distinct().Count();
        Assert.True(passages > 1, "the paragraph should span several passages");
    }

    [Fact]
    public async Task Lookup_WordHiddenInsideALongerSmartCnToken_IsFound()
    {
        // SmartCn keeps 软件包 as one token, so a SmartCn query for 软件 would miss it.
        Assert.Equal(["软件包"], Glossary.Analysis.Analyzers.ChineseWords("软件包").Select(w => w.Term));
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("d", "这个软件包很好用。");

        Assert.Equal(1, index.Lookup("软件").Count);
        Assert.Single(index.Search("软件"));
    }

    [Fact]
    public async Task Lookup_TextWithSurrogatePairs_KeepsOffsetsExact()
    {
        const string text = "😀大买卖𠀀卡脖子😀𠀀𠀀";
        using var index = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
        await index.AddDocumentAsync("d", text);

        foreach (var probe in new[] { "卡脖子", "𠀀", "😀大", "𠀀𠀀", "买卖𠀀卡" })
        {
            var report = index.Lookup(probe);
            Assert.Equal(Scan.Offsets(text, probe), report.Occurrences.Select(o => o.Offset));
            Assert.All(report.Occurrences, o => Assert.Equal(probe, text.Substring(o.Offset, o.Length)));
        }
    }

    [Fact]
    public async Task AddDocument_Cancelled_WritesNothing()
    {
        using var index = CorpusIndex.InMemory();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.AddDocumentAsync("d", "文本", cancel.Token));
        Assert.Empty(index.GetDocumentKeys());
    }

    [Fact]
    public async Task LookupAndSearch_WhileDocumentsAreAdded_NeverFailAndSeeWholeDocuments()
    {
        using var index = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
        await index.AddDocumentAsync("0", SampleCorpus.Article);
        var perDocument = Scan.Count(SampleCorpus.Article, "大买卖");

        var writer = Task.Run(async () =>
        {
            for (var i = 1; i <= 10; i++)
            {
                await index.AddDocumentAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), SampleCorpus.Article);
            }
        });
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!writer.IsCompleted)
            {
                var report = index.Lookup("大买卖");
                // A reader sees committed documents only, never half of one.
                Assert.Equal(0, report.Count % perDocument);
                Assert.NotEmpty(index.Search("出口管制"));
            }
        })).ToList();

        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(11 * perDocument, index.Lookup("大买卖").Count);
    }

    [Fact]
    public async Task OpenReadOnly_WhileAWriterHoldsTheIndex_ReadsTheLastCommit()
    {
        using var writer = CorpusIndex.Open(_folder, new() { Terms = SampleCorpus.Glossary });
        await writer.AddDocumentAsync(SampleCorpus.ArticleKey, SampleCorpus.Article);

        using var reader = CorpusIndex.OpenReadOnly(_folder, new() { Terms = SampleCorpus.Glossary });

        Assert.Equal(21, reader.Lookup("大买卖").Count);
        Assert.Throws<InvalidOperationException>(() => reader.AddDocumentAsync("x", "文本").GetAwaiter().GetResult());
    }

    [Fact]
    public async Task OpenReadOnly_FolderThatIsNotAnIndex_GetsAClearError()
    {
        var missing = Assert.Throws<GlossaryException>(() => CorpusIndex.OpenReadOnly(_folder));
        Assert.Contains("no index folder", missing.Message, StringComparison.Ordinal);

        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.txt"), "不是索引");
        var empty = Assert.Throws<GlossaryException>(() => CorpusIndex.OpenReadOnly(_folder));
        Assert.Contains("holds no index", empty.Message, StringComparison.Ordinal);

        await File.WriteAllTextAsync(Path.Combine(_folder, "segments_1"), "garbage, not a segments file");
        var damaged = Assert.Throws<GlossaryException>(() => CorpusIndex.OpenReadOnly(_folder));
        Assert.Contains("Re-index", damaged.Message, StringComparison.Ordinal);
    }

    private static string Describe(PassageHit hit) =>
        $"{hit.Document}#{hit.Passage}@{hit.Offset}+{hit.Length} {hit.Score:R} {string.Join(",", hit.Highlights)}";
}
