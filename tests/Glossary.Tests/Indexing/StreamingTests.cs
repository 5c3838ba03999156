using Glossary.Querying;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Text;

namespace Glossary.Tests.Indexing;

public sealed class StreamingTests
{
    // 120 copies of the article: about 600 K characters, so the reader yields three blocks.
    private static readonly string Long = string.Concat(Enumerable.Repeat(SampleCorpus.Article + "\n", 120));

    [Fact]
    public async Task AddDocumentFromReaderAsync_FindsExactlyWhatTheWholeTextFinds()
    {
        Assert.True(Long.Length > 2 * TextBlocks.Size);
        using var whole = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
        using var streamed = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });

        await whole.AddDocumentAsync("doc", Long);
        await streamed.AddDocumentFromReaderAsync("doc", new StringReader(Long));

        Assert.Equal(Long, streamed.GetDocumentText("doc"));
        Assert.Equal(whole.PassageCount, streamed.PassageCount);
        Assert.Equal((SpinVerdict.Spun, SpinVerdict.Spun), (whole.GetSpinVerdict("doc"), streamed.GetSpinVerdict("doc")));
        foreach (var term in new[] { "大买卖", "卡脖子", "设想出去", "手艺" })
        {
            var expected = whole.Lookup(term).Occurrences;
            var found = streamed.Lookup(term).Occurrences;
            Assert.Equal(Scan.Offsets(Long, term), found.Select(o => o.Offset));
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public async Task AddDocumentFromReaderAsync_ReportsEveryCharacter()
    {
        using var index = CorpusIndex.InMemory();
        long reported = 0;

        await index.AddDocumentFromReaderAsync("doc", new StringReader(Long), new SynchronousProgress(n => Interlocked.Add(ref reported, n)));

        Assert.Equal(Long.Length, reported);
    }

    [Fact]
    public async Task AddDocumentFromReaderAsync_ReadingFails_ThePreviousVersionStaysWhole()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("doc", SampleCorpus.Article);
        var passages = index.PassageCount;

        var error = await Assert.ThrowsAsync<IOException>(() => index.AddDocumentFromReaderAsync("doc", new ChunkedReader(Long, () => 4096, failAt: Long.Length - 1000)));

        Assert.Equal("the disk went away", error.Message);
        Assert.Equal(SampleCorpus.Article, index.GetDocumentText("doc"));
        Assert.Equal(passages, index.PassageCount);
        Assert.Equal(Scan.Count(SampleCorpus.Article, "大买卖"), index.Lookup("大买卖").Count);
    }

    [Fact]
    public async Task AddDocumentFromReaderAsync_Cancelled_ThePreviousVersionStaysWhole()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("doc", SampleCorpus.Article);
        using var cancel = new CancellationTokenSource();
        var reader = new ChunkedReader(Long, () => 4096, afterBlock: cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.AddDocumentFromReaderAsync("doc", reader, cancellationToken: cancel.Token));

        Assert.Equal(SampleCorpus.Article, index.GetDocumentText("doc"));
        Assert.Equal(Scan.Count(SampleCorpus.Article, "大买卖"), index.Lookup("大买卖").Count);
    }

    [Fact]
    public async Task AddDocumentFromReaderAsync_ReplacesThePreviousVersion_LeavingNothingOfIt()
    {
        using var index = CorpusIndex.InMemory();
        using var fresh = CorpusIndex.InMemory();
        await index.AddDocumentAsync("doc", "旧的文本里有大买卖。\n" + SampleCorpus.Article);

        await index.AddDocumentFromReaderAsync("doc", new StringReader(Long));
        await fresh.AddDocumentFromReaderAsync("doc", new StringReader(Long));

        Assert.Equal(fresh.PassageCount, index.PassageCount);
        Assert.Equal(Long, index.GetDocumentText("doc"));
        Assert.Equal(0, index.Lookup("旧的文本").Count);
    }

    [Fact]
    public async Task OneLineOfAMillionCharacters_IsFoundAtExactOffsets_WithContextFromTheLine()
    {
        var random = new Random(7);
        const string Common = "的一是了我不人他有这个上们来到时地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动";
        var line = new char[1_000_000];
        for (var i = 0; i < line.Length; i++)
        {
            line[i] = Common[random.Next(Common.Length)];
        }

        for (var at = 1234; at < line.Length - 3; at += 99_991)
        {
            "大交易".CopyTo(line.AsSpan(at));
        }

        var text = new string(line);
        using var index = CorpusIndex.InMemory();

        await index.AddDocumentFromReaderAsync("line", new StringReader(text));

        var found = index.Lookup("大交易").Occurrences;
        Assert.Equal(Scan.Offsets(text, "大交易"), found.Select(o => o.Offset));
        Assert.All(found, o =>
        {
            Assert.Equal(text.Substring(o.Offset - 30, 30), o.Left);
            Assert.Equal(text.Substring(o.Offset + 3, 30), o.Right);
        });
        Assert.Equal(text, index.GetDocumentText("line"));
    }

    [Fact]
    public async Task AddDocumentFromReaderAsync_CrLfAtABlockEdge_AndBlankLinesAtTheEnd_KeepTheTextExactly()
    {
        // Reads of 4,096 characters: the 64th ends at the first block's size, where "\r" is and "\n" is not yet read.
        var head = string.Concat(Enumerable.Repeat(SampleCorpus.Article, 60))[..(TextBlocks.Size - 1)];
        var text = head + "\r\n大买卖在这里。\r\n" + new string('\n', TextBlocks.Size + 10);
        using var whole = CorpusIndex.InMemory();
        using var streamed = CorpusIndex.InMemory();

        await whole.AddDocumentAsync("doc", text);
        await streamed.AddDocumentFromReaderAsync("doc", new ChunkedReader(text, () => 4096));

        Assert.Equal(text, streamed.GetDocumentText("doc"));
        var asWritten = LookupOptions.Default with { IncludeSpunForms = false };
        Assert.Equal(whole.Lookup("大买卖在这", asWritten).Occurrences, streamed.Lookup("大买卖在这", asWritten).Occurrences);
        Assert.Equal(Scan.Count(text, "大买卖"), streamed.Lookup("大买卖", asWritten).Count);
    }
}
