using Glossary.Analysis;

namespace Glossary.Tests.Analysis;

public sealed class WholeCharacterTests
{
    private const string Text = "汉字𠀀和😀结束𠀀𠀁字。";

    [Fact]
    public void SmartCnWords_HoldNoLoneSurrogate()
    {
        var words = Analyzers.ChineseWords(Text).Select(w => w.Term).ToList();

        Assert.Equal(["汉字", "和", "结束", "字"], words);
        Assert.DoesNotContain(words, w => w.Any(char.IsSurrogate));
    }

    [Theory]
    [InlineData("𠀀")]
    [InlineData("😀")]
    [InlineData("𠀀𠀁")]
    [InlineData("𠀁字")]
    public async Task ExactLookup_OfCharactersOutsideTheBmp_IsExact(string term)
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("d", Text);

        var report = index.Lookup(term);

        Assert.Equal(Scan.Count(Text, term), report.Count);
        Assert.All(report.Occurrences, o => Assert.Equal(term, Text.Substring(o.Offset, o.Length)));
    }

    [Fact]
    public async Task Search_ForACharacterOutsideTheBmp_FindsItsPassage()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync("d", Text);

        var hit = Assert.Single(index.Search("𠀀"));
        Assert.Equal(2, hit.Highlights.Count);

        Assert.All(hit.Highlights, h => Assert.Equal("𠀀", hit.Text.Substring(h.Offset - hit.Offset, h.Length)));
    }
}
