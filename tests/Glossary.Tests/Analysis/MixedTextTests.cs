namespace Glossary.Tests.Analysis;

// Text that is not only Chinese: English, numbers, full-width Latin, emoji and a CJK Extension B character, all
// indexed, found exactly (offsets around surrogate pairs included) and searchable.
public sealed class MixedTextTests
{
    private const string Text = "OpenAI发布了ＧＰＴ－５，DeepSeek V3.2在2025年跟进😀。\n生僻字𠀀也要能找到：ＧＰＴ－５和GPT-5不是同一串字符。";

    [Theory]
    [InlineData("ＧＰＴ－５")]
    [InlineData("GPT-5")]
    [InlineData("DeepSeek V3.2")]
    [InlineData("2025")]
    [InlineData("😀")]
    [InlineData("𠀀")]
    [InlineData("字𠀀也")]
    [InlineData("OpenAI")]
    public async Task Lookup_MixedText_MatchesAnOrdinalScan_OffsetForOffset(string term)
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("mixed", Text);

        var report = index.Lookup(term);

        Assert.Equal(Scan.Offsets(Text, term), report.Occurrences.Select(o => o.Offset));
        Assert.All(report.Occurrences, o => Assert.Equal(term, Text.Substring(o.Offset, o.Length)));
        Assert.NotEqual(0, report.Count);
    }

    [Theory]
    [InlineData("ＧＰＴ－５")]
    [InlineData("DeepSeek")]
    [InlineData("𠀀")]
    [InlineData("😀")]
    public async Task Search_MixedText_FindsThePassage_AndHighlightsMapBack(string query)
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("mixed", Text);

        var hits = index.Search(query);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(query, h.Text, StringComparison.Ordinal));
        // Search folds full-width Latin to half-width (SmartCn does), so ＧＰＴ－５ also lights up GPT and 5 in GPT-5;
        // every highlight is a piece of the query up to width. A look-up stays exact (above).
        var folded = query.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
        Assert.All(hits.SelectMany(h => h.Highlights), h =>
            Assert.Contains(Text.Substring(h.Offset, h.Length).Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant(), folded, StringComparison.Ordinal));
    }
}
