using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Tests.Terms;

public sealed class TermBaseTests
{
    private static TermBase Bundled => SampleCorpus.Glossary;

    [Fact]
    public void BundledGlossary_HasTheOwnersTermsAndAtLeastFortyMore()
    {
        Assert.True(Bundled.Entries.Count >= 43);
        Assert.Equal(["grand bargain"], Bundled.Find("大买卖")!.Glosses);
        Assert.Equal(["designing out"], Bundled.Find("设想出去")!.Glosses);
        Assert.Equal(["chokehold"], Bundled.Find("卡脖子")!.Glosses);
        Assert.Equal("qiǎ bózi", Bundled.Find("卡脖子")!.Pinyin);
        Assert.Empty(Bundled.Issues);
        Assert.All(Bundled.Entries, e => Assert.Contains(e.Term, SampleCorpus.Article, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("大买卖")]
    [InlineData("大交易")]
    [InlineData("大買賣")]
    public void Find_AnySurfaceForm_FindsTheEntry(string form) => Assert.Equal("大买卖", Bundled.Find(form)?.Term);

    [Theory]
    [InlineData("grand bargain")]
    [InlineData("bargains")]
    [InlineData("Bargain")]
    [InlineData("the grand bargains")]
    public void FindByGloss_StemmedEnglish_FindsGrandBargainFirst(string english) =>
        Assert.Equal("大买卖", Bundled.FindByGloss(english)[0].Term);

    [Fact]
    public void FindByGloss_NeedsEveryWord_AndPrefersExactGlosses()
    {
        var entries = new TermBase([
            new TermEntry("出口管制制度", ["export control regime"]),
            new TermEntry("出口管制", ["export controls"]),
            new TermEntry("出口", ["export"]),
        ]);

        Assert.Equal(["出口管制", "出口管制制度"], entries.FindByGloss("export control").Select(e => e.Term));
        Assert.Empty(entries.FindByGloss("export bananas"));
        Assert.Empty(entries.FindByGloss("the"));
    }

    [Fact]
    public void Annotate_Article_MatchesALeftmostLongestScanOfEverySurfaceForm()
    {
        var forms = Bundled.Entries.SelectMany(e => e.SurfaceForms).ToList();

        var spans = Bundled.Annotate(SampleCorpus.Article);

        Assert.Equal(Scan.Offsets(SampleCorpus.Article, forms), spans.Select(s => s.Offset));
        Assert.All(spans, s =>
        {
            Assert.Equal(s.Text, SampleCorpus.Article.Substring(s.Offset, s.Length));
            Assert.Contains(s.Text, s.Entry.SurfaceForms);
        });
    }

    [Fact]
    public void Annotate_LongestMatchWins_AndNothingOverlaps()
    {
        var terms = new TermBase([
            new TermEntry("遏制派", ["containment school"]),
            new TermEntry("全面遏制派", ["comprehensive-containment school"]),
            new TermEntry("派对", ["party"]),
        ]);

        var spans = terms.Annotate("全面遏制派对遏制派");

        Assert.Equal([("全面遏制派", 0), ("遏制派", 6)], spans.Select(s => (s.Text, s.Offset)));
    }

    [Fact]
    public void Annotate_RandomDictionaryAndText_MatchesTheReferenceScan()
    {
        var random = new Random(7);
        const string alphabet = "大买卖交易卡脖子AB";
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        for (var round = 0; round < 200; round++)
        {
            var forms = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Word(1, 5)).Distinct().ToList();
            var terms = new TermBase(forms.Select(f => new TermEntry(f, ["x"])));
            var text = Word(0, 60);

            Assert.Equal(Scan.Offsets(text, forms), terms.Annotate(text).Select(s => s.Offset));
        }
    }

    [Fact]
    public void Annotate_EmptyTextOrEmptyGlossary_FindsNothing()
    {
        Assert.Empty(Bundled.Annotate(string.Empty));
        Assert.Empty(TermBase.Empty.Annotate(SampleCorpus.Article));
    }

    [Fact]
    public void TermEntry_WithoutGloss_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new TermEntry("卡脖子", []));
        Assert.Throws<ArgumentException>(() => new TermEntry(" ", ["x"]));
    }
}
