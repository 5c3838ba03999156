using Glossary.Dictionaries;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Tests.Terms;

// What a text typed into a look-up names: a surface form's entries layer by layer, else English words matched
// against the glosses of the first layer that has any, capped with the total said.
public sealed class TermMatchTests
{
    private static readonly TermBase Mine = new([
        new TermEntry("卡脖子", ["chokehold"]) { Source = "mine.tsv" },
        new TermEntry("大买卖", ["grand bargain"]) { Source = "mine.tsv" },
    ]);

    private static readonly TermBase Layered = TermBase.Combine(Mine, CcCedict.Dictionary);

    [Fact]
    public void Match_ASurfaceForm_ListsEveryEntryOfIt_LayerByLayer()
    {
        var match = Layered.Match("卡脖子");

        Assert.Equal(TermMatchKind.SurfaceForm, match.Kind);
        Assert.Equal(Layered.FindAll("卡脖子"), match.Entries);
        Assert.Equal(("mine.tsv", CcCedict.SourceName), (match.Entries[0].Source, match.Entries[^1].Source));
        Assert.Equal(match.Entries.Count, match.Total);
    }

    [Fact]
    public void Match_EnglishTheGlossaryKnows_ListsTheGlossarysEntriesOnly()
    {
        var match = Layered.Match("grand bargain");

        Assert.Equal(TermMatchKind.Gloss, match.Kind);
        Assert.Equal(["大买卖"], match.Entries.Select(e => e.Term));
        Assert.Equal(1, match.Total);
    }

    [Fact]
    public void Match_EnglishOnlyTheDictionaryKnows_ListsTheBestTenAndCountsThemAll()
    {
        var all = CcCedict.Dictionary.FindByGloss("computer");

        var match = Layered.Match("computer");

        Assert.Equal(TermMatchKind.Gloss, match.Kind);
        Assert.True(all.Count > TermBase.DefaultMatchLimit, $"CC-CEDICT has {all.Count} entries glossed 'computer'");
        Assert.Equal(all.Take(TermBase.DefaultMatchLimit), match.Entries);
        Assert.Equal(all.Count, match.Total);
        Assert.All(match.Entries, e => Assert.Equal(CcCedict.SourceName, e.Source));
    }

    [Fact]
    public void Match_WithALimit_KeepsTheTotal()
    {
        var match = Layered.Match("行", limit: 1);

        Assert.Single(match.Entries);
        Assert.Equal(Layered.FindAll("行").Count, match.Total);
        Assert.True(match.Total > 1);
    }

    [Fact]
    public void Match_TextNoEntryNames_IsNone()
    {
        var match = SampleCorpus.Glossary.Match("量子计算机");

        Assert.Equal((TermMatchKind.None, 0, 0), (match.Kind, match.Entries.Count, match.Total));
    }

    [Fact]
    public void Match_ANegativeLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Mine.Match("卡脖子", -1));
    }
}
