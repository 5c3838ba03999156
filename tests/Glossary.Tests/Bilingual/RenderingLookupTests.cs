using System.Text;
using Glossary.Bilingual;
using Glossary.Querying;
using Glossary.Terms;
using Glossary.Testing;

namespace Glossary.Tests.Bilingual;

// Renderings through the index: how the units holding a term translate it, each occurrence's translation with the
// rendering highlighted, and English words answered with exact Chinese strings of the units.
public sealed class RenderingLookupTests
{
    private static string Unit(string id, string en, string zh) =>
        $"<tu tuid=\"{id}\"><tuv xml:lang=\"en\"><seg>{en}</seg></tuv><tuv xml:lang=\"zh-CN\"><seg>{zh}</seg></tuv></tu>";

    private static readonly string Memory = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>" + string.Concat(
        Unit("1", "Open the file.", "打开文件。"),
        Unit("2", "Save all files now.", "现在保存所有文件。"),
        Unit("3", "The file is large.", "文件很大。"),
        Unit("4", "Print the document.", "打印文件。"),
        Unit("5", "Create a symbolic link here.", "在这里创建符号链接。"),
        Unit("6", "Remove the symbolic link.", "删除符号链接。"),
        Unit("7", "The link is broken.", "链接坏了。"),
        Unit("8", "Close the window.", "关闭窗口。"),
        Unit("9", "Open the window.", "打开窗口。")) + "</body></tmx>";

    private static async Task<CorpusIndex> IndexAsync(TermBase? terms = null)
    {
        var index = CorpusIndex.InMemory(new() { Terms = terms ?? TermBase.Empty });
        await index.AddBilingualDocumentAsync("m.tmx", BilingualFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(Memory)), "m.tmx"));
        return index;
    }

    [Fact]
    public async Task AChineseTerm_IsRenderedAsItsUnitsTranslateIt_InflectionsFolded_MostFrequentFirst()
    {
        using var index = await IndexAsync();

        var report = index.Lookup("文件");

        Assert.Equal(4, report.Count);
        Assert.Equal("file", report.Renderings[0].Text);
        Assert.Equal(3, report.Renderings[0].Count);
        Assert.Equal(["1", "2", "3"], report.Renderings[0].Units);
        Assert.DoesNotContain(report.Renderings, r => r.Text == "document"); // one unit alone is no evidence, unless the glossary has it
    }

    [Fact]
    public async Task EachOccurrencesTranslation_HighlightsTheRenderingItHolds()
    {
        using var index = await IndexAsync();

        var report = index.Lookup("文件");

        Assert.All(report.Occurrences, o =>
        {
            var translation = o.Translation!;
            var highlighted = translation.Highlights.Select(h => translation.Text.Substring(h.Offset, h.Length)).ToList();
            Assert.Equal(translation.Unit == "4" ? [] : translation.Unit == "2" ? ["files"] : ["file"], highlighted);
        });
    }

    [Fact]
    public async Task TheGlossarysGloss_IsMarked_WithItsStatus()
    {
        var entry = new TermEntry([new Designation("文件")], [new Designation("file") { Status = TermStatus.Preferred }, new Designation("document") { Status = TermStatus.Deprecated }]);
        using var index = await IndexAsync(new TermBase([entry]));

        var report = index.Lookup("文件");

        var file = report.Renderings.Single(r => r.Text == "file");
        var document = report.Renderings.Single(r => r.Text == "document");
        Assert.Equal((true, TermStatus.Preferred), (file.InGlossary, file.Status));
        Assert.Equal((true, TermStatus.Deprecated), (document.InGlossary, document.Status));
    }

    [Fact]
    public async Task EnglishWords_AreRenderedAsExactChineseStringsOfTheirUnits()
    {
        using var index = await IndexAsync();
        var text = index.GetDocumentText("m.tmx")!;

        var report = index.Lookup("symbolic link");

        var top = report.Renderings[0];
        Assert.Equal("符号链接", top.Text);
        Assert.Equal(2, top.Count);
        Assert.All(report.Renderings, r => Assert.Contains(r.Text, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APlainIndex_HasNoRenderings_AndTheyCanBeTurnedOff()
    {
        using var plain = CorpusIndex.InMemory();
        await plain.AddDocumentAsync("d", "打开文件。");
        using var index = await IndexAsync();

        Assert.Empty(plain.Lookup("文件").Renderings);
        Assert.Empty(index.Lookup("文件", new LookupOptions { IncludeRenderings = false }).Renderings);
        Assert.All(index.Lookup("文件", new LookupOptions { IncludeRenderings = false }).Occurrences, o => Assert.Empty(o.Translation!.Highlights));
    }

    [Fact]
    public async Task Tico19_Virus_IsTheFirstRenderingOf病毒()
    {
        using var index = CorpusIndex.InMemory();
        await index.AddBilingualDocumentAsync("tico", BilingualFile.Load(SharedMaterial.PathOf("bilingual", "tico-19", "all.en-zh.tmx")));

        var report = index.Lookup("病毒", new LookupOptions { Limit = 10 });

        Assert.Equal("virus", report.Renderings[0].Text);
        Assert.All(report.Occurrences, o => Assert.NotEmpty(o.Translation!.Text));
    }
}
