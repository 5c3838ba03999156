using Glossary.Querying;
using Glossary.Samples;

namespace Glossary.Tests.Querying;

public sealed class LookupTests(ArticleIndexFixture fixture) : IClassFixture<ArticleIndexFixture>
{
    private static string Article => ArticleIndexFixture.Text;

    private CorpusIndex Index => fixture.Index;

    public static TheoryData<string> GlossaryTerms() => [.. SampleCorpus.Glossary.Entries.Select(e => e.Term)];

    [Theory]
    [MemberData(nameof(GlossaryTerms))]
    public void Lookup_EveryGlossaryEntry_FindsExactlyWhatAnOrdinalScanFinds(string term)
    {
        var entry = SampleCorpus.Glossary.Find(term)!;

        var report = Index.Lookup(term);

        Assert.Same(entry, report.Entry);
        Assert.Equal(Scan.Offsets(Article, entry.SurfaceForms), report.Occurrences.Select(o => o.Offset));
        Assert.Equal(report.Occurrences.Count, report.Count);
        Assert.All(report.Occurrences, o => Assert.Equal(o.Match, Article.Substring(o.Offset, o.Length)));
    }

    // A thread reuses one list for the matches of its look-ups: a report must own what it returns.
    [Fact]
    public void Lookup_TwoInARowOnOneThread_EachReportKeepsItsOwnOccurrences()
    {
        var first = Index.Lookup("大买卖");
        var offsets = first.Occurrences.Select(o => (o.Offset, o.Match, o.Left, o.Right)).ToList();

        var second = Index.Lookup("卡脖子");

        Assert.Equal(offsets, first.Occurrences.Select(o => (o.Offset, o.Match, o.Left, o.Right)));
        Assert.Equal(Scan.Offsets(Article, ["大买卖"]), first.Occurrences.Select(o => o.Offset));
        Assert.Equal(Scan.Offsets(Article, ["卡脖子"]), second.Occurrences.Select(o => o.Offset));
    }

    // Documents added out of key order, each its own segment, and a term of two forms where one starts the other
    // (美国, 美国人): occurrences come by document key (ordinal), then offset, the longest form where two start
    // together, as a scan of each text gives.
    [Fact]
    public async Task Lookup_OverSeveralDocuments_ListsOccurrencesByKeyThenOffset()
    {
        var terms = new Glossary.Terms.TermBase([new Glossary.Terms.TermEntry([new("美国"), new("美国人")], [new("United States")])]);
        var third = Article.Length / 3;
        var documents = new[] { ("b", Article[third..(2 * third)]), ("c", Article[(2 * third)..]), ("a", Article[..third]), ("B", Article) };
        using var index = CorpusIndex.InMemory(new() { Terms = terms });
        foreach (var (key, text) in documents)
        {
            await index.AddDocumentAsync(key, text);
        }

        var report = index.Lookup("美国");

        var expected = documents.OrderBy(d => d.Item1, StringComparer.Ordinal)
            .SelectMany(d => Scan.Offsets(d.Item2, "美国", "美国人").Select(offset => (d.Item1, offset)))
            .ToList();
        Assert.Equal(expected, report.Occurrences.Select(o => (o.Document, o.Offset)));
        Assert.Contains(report.Occurrences, o => o.Match == "美国人");
    }

    [Theory]
    [InlineData("大买卖", 21, new[] { 223 })]
    [InlineData("设想出去", 2, new[] { 2284, 2715 })]
    [InlineData("卡脖子", 1, new[] { 4488 })]
    public void Lookup_OwnersTerms_HaveTheResearchedCountsAndOffsets(string term, int count, int[] firstOffsets)
    {
        var report = Index.Lookup(term);

        Assert.Equal(count, report.Count);
        Assert.Equal(count, Scan.Count(Article, term));
        Assert.Equal(firstOffsets, report.Occurrences.Take(firstOffsets.Length).Select(o => o.Offset));
    }

    private static readonly LookupOptions AsWritten = LookupOptions.Default with { IncludeSpunForms = false };

    [Fact]
    public void Lookup_ThousandRandomSubstrings_MatchAnOrdinalScanOffsetForOffset()
    {
        var random = new Random(20261128);
        var checkedCount = 0;
        while (checkedCount < 1000)
        {
            var length = random.Next(2, 5);
            var start = random.Next(0, Article.Length - length);
            var sample = Article.Substring(start, length);
            if (sample.AsSpan().IndexOfAny('\n', '\r') >= 0 || string.IsNullOrWhiteSpace(sample) || SampleCorpus.Glossary.Find(sample) is not null)
            {
                continue;
            }

            // The text as written: the article is spun, and a look-up would also find the spun forms of a sample.
            var report = Index.Lookup(sample, AsWritten);

            Assert.Equal(Scan.Offsets(Article, sample), report.Occurrences.Select(o => o.Offset));
            Assert.Equal(Scan.Count(Article, sample), report.Count);
            checkedCount++;
        }
    }

    [Fact]
    public void Lookup_EverySingleCharacter_MatchesAnOrdinalScan()
    {
        foreach (var c in Article.Distinct().Where(c => !char.IsWhiteSpace(c)))
        {
            var report = Index.Lookup(c.ToString(), AsWritten);

            Assert.Equal(Scan.Count(Article, c.ToString()), report.Count);
        }
    }

    [Theory]
    [InlineData("V3.2")]
    [InlineData("H-1B")]
    [InlineData("了。")]
    [InlineData("DeepSeek V3.2")]
    [InlineData("Move st and break things")]
    public void Lookup_LatinDigitsAndPunctuation_AreFoundLikeHan(string value)
    {
        var report = Index.Lookup(value);

        Assert.True(report.Count > 0);
        Assert.Equal(Scan.Count(Article, value), report.Count);
        Assert.All(report.Occurrences, o => Assert.Equal(value, Article.Substring(o.Offset, o.Length)));
    }

    [Fact]
    public void Lookup_ContextIsCutFromTheDocumentAndStopsAtLineBreaks()
    {
        var report = Index.Lookup("大买卖", LookupOptions.Default with { ContextLength = 20 });

        Assert.All(report.Occurrences, o =>
        {
            Assert.True(o.Left.Length <= 20 && o.Right.Length <= 20);
            Assert.Equal(o.Left, Article.Substring(o.Offset - o.Left.Length, o.Left.Length));
            Assert.Equal(o.Right, Article.Substring(o.Offset + o.Length, o.Right.Length));
            Assert.DoesNotContain('\n', o.Left + o.Right);
            var lineStart = Article.LastIndexOf('\n', o.Offset) + 1;
            Assert.Equal(Math.Min(20, o.Offset - lineStart), o.Left.Length);
        });
    }

    [Fact]
    public void Lookup_WithLimit_ReturnsFewerOccurrencesButTheFullCount()
    {
        var report = Index.Lookup("布坎南", LookupOptions.Default with { Limit = 5 });

        Assert.Equal(5, report.Occurrences.Count);
        Assert.Equal(Scan.Count(Article, "布坎南"), report.Count);
    }

    [Fact]
    public void Lookup_TermThatSmartCnSplits_IsFound()
    {
        // SmartCn analyses 大买卖 as 大 | 买卖; the exact field does not care.
        Assert.Equal(["大", "买卖"], Glossary.Analysis.Analyzers.ChineseWords("大买卖").Select(w => w.Term));

        Assert.Equal(21, Index.Lookup("大买卖").Count);
    }

    [Fact]
    public void Lookup_ByVariant_FindsTheEntryAndReportsWhichFormMatched()
    {
        var report = Index.Lookup("大交易");

        Assert.Equal("大买卖", report.Entry?.Term);
        Assert.Equal(21, report.Count);
        Assert.All(report.Occurrences, o => Assert.Equal("大买卖", o.Match));
    }

    [Fact]
    public void Lookup_StringNotInTheCorpus_HasNoEntryAndNoOccurrences()
    {
        var report = Index.Lookup("量子计算机");

        Assert.Null(report.Entry);
        Assert.Equal(0, report.Count);
        Assert.Empty(report.Occurrences);
    }

    [Theory]
    [InlineData("卡脖子)")]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("。")]
    [InlineData("title:foo~2^3")]
    [InlineData("了,")]
    public void Lookup_LuceneSyntax_IsJustText(string value)
    {
        var report = Index.Lookup(value);

        Assert.Equal(Scan.Count(Article, value), report.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\nb")]
    public void Lookup_EmptyOrMultiLineTerm_IsAnArgumentError(string value)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Index.Lookup(value));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Lookup_TooLongTermOrContext_IsAnArgumentError()
    {
        Assert.ThrowsAny<ArgumentException>(() => Index.Lookup(new string('中', 65)));
        Assert.ThrowsAny<ArgumentException>(() => Index.Lookup("大买卖", LookupOptions.Default with { ContextLength = 65 }));
    }
}
