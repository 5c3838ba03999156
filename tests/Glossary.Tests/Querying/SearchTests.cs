using Glossary.Samples;

namespace Glossary.Tests.Querying;

public sealed class SearchTests(ArticleIndexFixture fixture) : IClassFixture<ArticleIndexFixture>
{
    private static string Article => ArticleIndexFixture.Text;

    private CorpusIndex Index => fixture.Index;

    [Theory]
    [InlineData("芯片 出口管制")]
    [InlineData("大买卖")]
    [InlineData("人才 移平易近政策")]
    [InlineData("grand bargain")]
    [InlineData("DeepSeek")]
    public void Search_EveryHitAndHighlight_MapsBackToTheDocument(string query)
    {
        var hits = Index.Search(query);

        Assert.NotEmpty(hits);
        Assert.All(hits, hit =>
        {
            Assert.Equal(hit.Text, Article.Substring(hit.Offset, hit.Length));
            Assert.NotEmpty(hit.Highlights);
            Assert.All(hit.Highlights, h => Assert.InRange(h.Offset, hit.Offset, hit.Offset + hit.Length - h.Length));
            Assert.All(hit.Terms, t => Assert.Equal(t.Text, Article.Substring(t.Offset, t.Length)));
        });
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Score), hits.Select(h => h.Score));
    }

    [Fact]
    public void Search_PhraseThatSmartCnSplits_IsHighlightedWhole()
    {
        var hits = Index.Search("大买卖");

        Assert.Contains(hits, hit => hit.Highlights.Any(h => Article.Substring(h.Offset, h.Length) == "大买卖"));
        Assert.All(hits, hit => Assert.Contains("大买卖", hit.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_AdjacentQueryWords_AreHighlightedAsOneRange()
    {
        var hits = Index.Search("芯片 出口管制");

        Assert.Contains(hits, hit => hit.Highlights.Any(h => Article.Substring(h.Offset, h.Length) == "芯片出口管制"));
    }

    [Fact]
    public void Search_WordsTheTextHasInAnotherOrder_AreHighlightedWhereTheTextHasThem()
    {
        // The query as written is nowhere in the article, so these highlights can only come from the SmartCn words'
        // offsets kept in the index (the postings), not from a scan for the query string.
        Assert.DoesNotContain("管制出口", Article, StringComparison.Ordinal);

        var hits = Index.Search("管制出口");

        Assert.Contains(hits, hit => hit.Highlights.Any(h => Article.Substring(h.Offset, h.Length) == "出口管制"));
        Assert.All(hits.SelectMany(hit => hit.Highlights), h => Assert.Matches("^(出口|管制)+$", Article.Substring(h.Offset, h.Length)));
    }

    [Theory]
    [InlineData("grand bargain")]
    [InlineData("bargains")]
    [InlineData("Grand Bargains")]
    public void Search_EnglishWords_FindTheChineseTermThroughItsGloss(string query)
    {
        var hits = Index.Search(query);

        Assert.NotEmpty(hits);
        Assert.All(hits.Take(3), hit => Assert.Contains("大买卖", hit.Text, StringComparison.Ordinal));
        Assert.Contains(hits, hit => hit.Highlights.Any(h => Article.Substring(h.Offset, h.Length) == "大买卖"));
    }

    [Fact]
    public void Search_Hits_ListTheGlossaryTermsTheyContain()
    {
        var hit = Index.Search("卡脖子")[0];

        var chokehold = Assert.Single(hit.Terms, t => t.Text == "卡脖子");
        Assert.Equal(["chokehold"], chokehold.Entry.Glosses);
        Assert.Equal(SampleCorpus.Glossary.Annotate(hit.Text).Count, hit.Terms.Count);
    }

    [Fact]
    public void Search_QuotedPhrase_MustOccurInEveryHit()
    {
        var hits = Index.Search("芯片 \"人才管道\"");

        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Contains("人才管道", hit.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Limit_CapsTheNumberOfHits()
    {
        Assert.Equal(3, Index.Search("布坎南", limit: 3).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Index.Search("布坎南", limit: 0));
    }

    [Theory]
    [InlineData("。，！")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("()")]
    [InlineData("-")]
    public void Search_PunctuationOnly_FindsNothing(string query) => Assert.Empty(Index.Search(query));

    [Theory]
    [InlineData("卡脖子)")]
    [InlineData("AND")]
    [InlineData("OR 芯片")]
    [InlineData("\"卡脖子")]
    [InlineData("芯片~2 title:x^3 [a TO b] {c}")]
    [InlineData("NOT 大买卖 &&")]
    [InlineData("\\")]
    public void Search_LuceneSyntax_NeverThrows(string query)
    {
        var hits = Index.Search(query);

        Assert.All(hits, hit => Assert.Equal(hit.Text, Article.Substring(hit.Offset, hit.Length)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Search_EmptyQuery_IsAnArgumentError(string query) =>
        Assert.Throws<ArgumentException>(() => Index.Search(query));
}
