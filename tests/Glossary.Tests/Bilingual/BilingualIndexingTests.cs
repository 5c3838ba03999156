using System.Text;
using Glossary.Bilingual;
using Glossary.Errors;
using Glossary.Testing;

namespace Glossary.Tests.Bilingual;

// A bilingual document in the index: its text is the Chinese side of its units, each followed by a line break;
// each unit is a passage; look-ups keep every guarantee of plain documents and show the unit's other side.
public sealed class BilingualIndexingTests
{
    private const string Memory =
        """
        <tmx version="1.4"><header srclang="en"/><body>
        <tu tuid="a"><tuv xml:lang="en"><seg>The export controls are a chokehold.</seg></tuv><tuv xml:lang="zh-CN"><seg>出口管制就是卡脖子。</seg></tuv></tu>
        <tu tuid="b"><tuv xml:lang="en"><seg>Untranslated line about chips.</seg></tuv></tu>
        <tu tuid="c"><tuv xml:lang="en"><seg>Chip makers fear the <bpt i="1">&lt;b&gt;</bpt>chokehold<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="zh-CN"><seg>芯片厂商害怕被卡脖子，卡脖子</seg></tuv></tu>
        </body></tmx>
        """;

    private static BilingualDocument Read(string text) => BilingualFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "memory.tmx");

    [Fact]
    public async Task TheDocumentText_IsEveryUnitsChineseSide_EachFollowedByALineBreak()
    {
        var document = Read(Memory);
        using var index = CorpusIndex.InMemory();

        await index.AddBilingualDocumentAsync("memory.tmx", document);

        Assert.Equal("出口管制就是卡脖子。\n\n芯片厂商害怕被卡脖子，卡脖子\n", index.GetDocumentText("memory.tmx"));
        Assert.Equal(3, index.PassageCount);
    }

    [Fact]
    public async Task ALookUp_CountsLikeAnOrdinalScan_AndEachOccurrenceShowsItsUnitsOtherSide()
    {
        var document = Read(Memory);
        using var index = CorpusIndex.InMemory();
        await index.AddBilingualDocumentAsync("memory.tmx", document);
        var text = index.GetDocumentText("memory.tmx")!;

        var report = index.Lookup("卡脖子");

        Assert.Equal(Scan.Count(text, "卡脖子"), report.Count);
        Assert.Equal(3, report.Count);
        Assert.All(report.Occurrences, o => Assert.Equal("卡脖子", text.Substring(o.Offset, o.Length)));
        Assert.Equal(["a", "c", "c"], report.Occurrences.Select(o => o.Translation!.Unit));
        Assert.Equal("The export controls are a chokehold.", report.Occurrences[0].Translation!.Text);
        Assert.Equal("Chip makers fear the chokehold.", report.Occurrences[1].Translation!.Text);
        Assert.Equal("en", report.Occurrences[1].Translation!.Language);
        Assert.Equal("被", report.Occurrences[1].Left[^1..]); // context stops at the unit's end, never runs into the next
        Assert.Equal(string.Empty, report.Occurrences[2].Right);
    }

    [Fact]
    public async Task APlainDocument_BesideABilingualOne_HasNoTranslation()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddBilingualDocumentAsync("memory.tmx", Read(Memory));
        await index.AddDocumentAsync("plain.txt", "这也是卡脖子。");

        var report = index.Lookup("卡脖子");

        Assert.Null(Assert.Single(report.Occurrences, o => o.Document == "plain.txt").Translation);
        Assert.Equal(4, report.Count);
    }

    [Fact]
    public async Task AFileWithoutAChineseSide_IsRefused_NamingTheLanguagesItHolds()
    {
        var document = Read("""<tmx version="1.4"><header srclang="en-US"/><body><tu><tuv xml:lang="en-US"><seg>cat</seg></tuv><tuv xml:lang="fr-CA"><seg>chat</seg></tuv></tu></body></tmx>""");
        using var index = CorpusIndex.InMemory();

        var error = await Assert.ThrowsAsync<GlossaryException>(() => index.AddBilingualDocumentAsync("fr.tmx", document));

        Assert.Equal("memory.tmx has no Chinese side to index: it holds only en-US, fr-CA (Chinese is zh, zh-CN, zh-Hans, zh-TW or zh-Hant).", error.Message);
        Assert.Empty(index.GetDocumentKeys());
    }

    [Fact]
    public async Task Tico19_IndexedAsAMemory_CountsEveryTermLikeAnOrdinalScanOfItsChineseSide()
    {
        var document = BilingualFile.Load(SharedMaterial.PathOf("bilingual", "tico-19", "all.en-zh.tmx"));
        using var index = CorpusIndex.InMemory();
        await index.AddBilingualDocumentAsync("tico", document);
        var text = index.GetDocumentText("tico")!;

        Assert.Equal(string.Concat(document.Units.Select(u => (u.Chinese?.Text ?? string.Empty) + "\n")), text);
        foreach (var term in new[] { "病毒", "冠状病毒", "发热", "新型冠状病毒肺炎", "口罩", "疫苗" })
        {
            var report = index.Lookup(term, new Glossary.Querying.LookupOptions { IncludeSpunForms = false });
            Assert.Equal(Scan.Count(text, term), report.Count);
            Assert.All(report.Occurrences, o =>
            {
                Assert.Equal(term, text.Substring(o.Offset, o.Length));
                var unit = document.Units.Single(u => u.Id == o.Translation!.Unit);
                Assert.Contains(term, unit.Chinese!.Text, StringComparison.Ordinal);
                Assert.Equal(unit.Texts[0].Text, o.Translation!.Text);
            });
        }
    }
}
