using Glossary.Dictionaries;
using Glossary.Formats;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Tests.Terms;

// A user's glossary over a dictionary: the user's entries win wherever they match, the dictionary fills the gaps,
// and every answer names its source.
public sealed class LayeredTermBaseTests
{
    private static readonly TermBase Mine = new([
        new TermEntry("卡脖子", ["chokehold"]) { Source = "mine.tsv" },
        new TermEntry("大买卖", ["grand bargain"]) { Source = "mine.tsv" },
    ]);

    private static readonly TermBase Layered = TermBase.Combine(Mine, CcCedict.Dictionary);

    [Fact]
    public void Find_SameForm_PrefersTheUserEntryAndNamesItsSource()
    {
        var entry = Layered.Find("卡脖子")!;

        Assert.Equal(("chokehold", "mine.tsv"), (entry.Glosses[0], entry.Source));
        Assert.Equal(CcCedict.SourceName, Layered.Find("芯片")!.Source);
    }

    [Fact]
    public void FindAll_ListsTheUserEntryFirst_ThenTheDictionaryEntries()
    {
        var all = Layered.FindAll("卡脖子");

        Assert.Equal(["mine.tsv", .. CcCedict.Dictionary.FindAll("卡脖子").Select(e => e.Source)], all.Select(e => e.Source));
        Assert.Equal(CcCedict.Dictionary.FindAll("卡脖子").Count + 1, all.Count);
    }

    [Fact]
    public void Annotate_UserTermsWin_DictionaryFillsEveryGap_NoOverlaps()
    {
        const string text = "美国的大买卖就是卡脖子吗";

        var spans = Layered.Annotate(text);

        // The user's terms are found exactly where a plain scan finds them, from the user's glossary.
        foreach (var term in new[] { "大买卖", "卡脖子" })
        {
            var span = Assert.Single(spans, s => s.Text == term);
            Assert.Equal(text.IndexOf(term, StringComparison.Ordinal), span.Offset);
            Assert.Equal("mine.tsv", span.Entry.Source);
        }

        // The gaps are glossed from the dictionary: 美国 is a dictionary word, and nothing overlaps.
        Assert.Contains(spans, s => s.Text == "美国" && s.Entry.Source == CcCedict.SourceName);
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].Offset + spans[i - 1].Length <= spans[i].Offset);
        }

        Assert.All(spans, s => Assert.Equal(s.Text, text.Substring(s.Offset, s.Length)));
    }

    [Fact]
    public void Annotate_UserTermWinsEvenWhereTheDictionaryHasALongerOverlappingWord()
    {
        // The dictionary alone reads 大学生 as one word; the user's shorter term 学生 still wins its place.
        var mine = new TermBase([new TermEntry("学生", ["student (our term)"]) { Source = "mine.tsv" }]);
        Assert.Equal(["大学生"], CcCedict.Dictionary.Annotate("大学生").Select(s => s.Text));

        var spans = TermBase.Combine(mine, CcCedict.Dictionary).Annotate("大学生");

        Assert.Equal(["大", "学生"], spans.Select(s => s.Text));
        Assert.Equal(["CC-CEDICT", "mine.tsv"], spans.Select(s => s.Entry.Source));
    }

    [Fact]
    public void Annotate_WithTheDictionary_GlossesEveryHanCharacterOfTheArticleThatItKnows()
    {
        var article = SampleCorpus.Article;
        var spans = TermBase.Combine(SampleCorpus.Glossary, CcCedict.Dictionary).Annotate(article);
        var covered = new bool[article.Length];
        foreach (var span in spans)
        {
            Array.Fill(covered, true, span.Offset, span.Length);
        }

        // Every Han character left unglossed is one the dictionary has no single-character entry for.
        for (var i = 0; i < article.Length; i++)
        {
            if (!covered[i] && article[i] is >= '\u4E00' and <= '\u9FFF')
            {
                Assert.Null(CcCedict.Dictionary.Find(article[i].ToString()));
            }
        }
    }

    [Fact]
    public void FindByGloss_ListsTheUserEntriesBeforeTheDictionaryEntries()
    {
        var found = Layered.FindByGloss("grand bargain");

        Assert.Equal("mine.tsv", found[0].Source);
    }

    [Fact]
    public void Combine_KeepsEveryLayersEntriesAndIssues_InOrder()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "卡脖子\tchokehold\nno tab here\n");
        var withIssue = GlossaryFile.Load(path);
        File.Delete(path);

        var layered = TermBase.Combine(Mine, SampleCorpus.Glossary, withIssue);

        Assert.Equal(Mine.Entries.Concat(SampleCorpus.Glossary.Entries).Concat(withIssue.Entries), layered.Entries);
        Assert.Equal(2, Assert.Single(layered.Issues).Line);
        Assert.Same(Mine, TermBase.Combine(Mine, TermBase.Empty));
    }

    [Fact]
    public void Combine_KeepsEveryLayersComments_TheFirstLayersFirst()
    {
        var mine = new TermBase([new TermEntry("卡脖子", ["chokehold"])], [], ["mine: kept by the desk"]);
        var theirs = new TermBase([new TermEntry("大买卖", ["grand bargain"])], [], ["theirs: CC BY-SA 4.0", "theirs: 2025 edition"]);

        Assert.Equal(["mine: kept by the desk", "theirs: CC BY-SA 4.0", "theirs: 2025 edition"], TermBase.Combine(mine, theirs).Comments);
        Assert.Equal(["theirs: CC BY-SA 4.0", "theirs: 2025 edition", "mine: kept by the desk"], TermBase.Combine(theirs, mine).Comments);
        Assert.Empty(Mine.Comments);
    }
}
