using System.Text.Json;

namespace Glossary.Cli.Tests;

// Bilingual files through the tool: a memory is indexed, each occurrence shows its unit's other side, English words
// search that side, and a file without Chinese is skipped in one line.
public sealed class BilingualCommandTests : IDisposable
{
    private const string Memory =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="en" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="t" creationtool="t" creationtoolversion="1"/><body>
        <tu tuid="t1"><tuv xml:lang="en"><seg>Export controls are a chokehold on chips.</seg></tuv><tuv xml:lang="zh-CN"><seg>出口管制是对芯片的卡脖子。</seg></tuv></tu>
        <tu tuid="t2"><tuv xml:lang="en"><seg>The chokehold <bpt i="1">&lt;b&gt;</bpt>tightens<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="zh-CN"><seg>卡脖子越来越紧。</seg></tuv></tu>
        <tu tuid="t3"><tuv xml:lang="en"><seg>Talent pipelines matter.</seg></tuv><tuv xml:lang="zh-CN"><seg>人才管道很重要。</seg></tuv></tu>
        </body></tmx>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-bilingual-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AMemory_Indexed_ThenLookedUp_ShowsEachOccurrencesUnitInTheOtherLanguage()
    {
        var memory = Path.Combine(_folder, "memory.tmx");
        await File.WriteAllTextAsync(memory, Memory);
        var index = Path.Combine(_folder, "index");

        var indexed = await Cli.RunAsync("index", memory, "--index", index);
        var json = await Cli.RunAsync("term", "卡脖子", "--index", index, "--json");
        var text = await Cli.RunAsync("term", "卡脖子", "--index", index);

        Assert.True(indexed.ExitCode == 0, indexed.Error);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(2, document.RootElement.GetProperty("count").GetInt32());
        var translations = document.RootElement.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("translation")).ToList();
        Assert.Equal(["t1", "t2"], translations.Select(t => t.GetProperty("unit").GetString()));
        Assert.Equal(["Export controls are a chokehold on chips.", "The chokehold tightens."], translations.Select(t => t.GetProperty("text").GetString()));
        Assert.All(translations, t => Assert.Equal("en", t.GetProperty("language").GetString()));
        Assert.Contains("↳ The 【chokehold】 tightens.", text.Output, StringComparison.Ordinal);
        Assert.Contains("chokehold ×2 (the glossary's)", text.Output, StringComparison.Ordinal);
        var rendering = document.RootElement.GetProperty("renderings")[0];
        Assert.Equal(("chokehold", 2, true), (rendering.GetProperty("text").GetString(), rendering.GetProperty("count").GetInt32(), rendering.GetProperty("inGlossary").GetBoolean()));
    }

    [Fact]
    public async Task EnglishWords_SearchTheOtherSide_AndTheHitShowsIt()
    {
        var memory = Path.Combine(_folder, "memory.tmx");
        await File.WriteAllTextAsync(memory, Memory);
        var index = Path.Combine(_folder, "index");
        await Cli.RunAsync("index", memory, "--index", index);

        var plain = await Cli.RunAsync("search", "pipeline", "--index", index, "--json");

        using var document = JsonDocument.Parse(plain.Output);
        var hit = document.RootElement.GetProperty("hits")[0];
        Assert.Equal("人才管道很重要。", hit.GetProperty("text").GetString());
        var translation = hit.GetProperty("translation");
        Assert.Equal("Talent pipelines matter.", translation.GetProperty("text").GetString());
        var highlight = translation.GetProperty("highlights")[0];
        Assert.Equal("pipelines", "Talent pipelines matter.".Substring(highlight.GetProperty("offset").GetInt32(), highlight.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task AMemoryWithoutChinese_IsSkippedInOneLine_TheRestIndexed_AndTheRunExits1()
    {
        var french = Path.Combine(_folder, "fr.tmx");
        var memory = Path.Combine(_folder, "memory.tmx");
        await File.WriteAllTextAsync(french, """<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>cat</seg></tuv><tuv xml:lang="fr"><seg>chat</seg></tuv></tu></body></tmx>""");
        await File.WriteAllTextAsync(memory, Memory);

        var result = await Cli.RunAsync("index", french, memory, "--index", Path.Combine(_folder, "index"), "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: skipped {french}: fr.tmx has no Chinese side to index: it holds only en, fr (Chinese is zh, zh-CN, zh-Hans, zh-TW or zh-Hant)", result.Error.Trim());
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(1, document.RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Tico19_IndexedThenLookedUp_CountsLikeAnOrdinalScan_ShowsTranslations_AndIsRenderedFirstAsVirus()
    {
        var memory = Glossary.Testing.SharedMaterial.PathOf("bilingual", "tico-19", "all.en-zh.tmx");
        var index = Path.Combine(_folder, "tico");

        var indexed = await Cli.RunAsync("index", memory, "--index", index);
        var term = await Cli.RunAsync("term", "病毒", "--index", index, "--json", "--limit", "50");

        Assert.True(indexed.ExitCode == 0, indexed.Error);
        var document = Glossary.Bilingual.BilingualFile.Load(memory);
        var chinese = string.Concat(document.Units.Select(u => (u.Chinese?.Text ?? string.Empty) + "\n"));
        using var json = JsonDocument.Parse(term.Output);
        var root = json.RootElement;
        var expected = 0;
        for (var at = chinese.IndexOf("病毒", StringComparison.Ordinal); at >= 0; at = chinese.IndexOf("病毒", at + 2, StringComparison.Ordinal))
        {
            expected++;
        }

        Assert.Equal(expected, root.GetProperty("count").GetInt32());
        Assert.All(root.GetProperty("occurrences").EnumerateArray(), o =>
        {
            Assert.Equal("病毒", chinese.Substring(o.GetProperty("offset").GetInt32(), o.GetProperty("length").GetInt32()));
            Assert.False(string.IsNullOrEmpty(o.GetProperty("translation").GetProperty("text").GetString()));
        });
        Assert.Equal("virus", root.GetProperty("renderings")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AnXliffFilesGlossaryModule_IsAGlossary()
    {
        var xliff = Path.Combine(_folder, "project.xlf");
        await File.WriteAllTextAsync(xliff,
            """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.0" srcLang="en" trgLang="zh-CN">
            <file id="f"><unit id="u"><gls:glossary><gls:glossEntry><gls:term source="x">grand bargain</gls:term><gls:translation>大买卖</gls:translation></gls:glossEntry></gls:glossary>
            <segment><source>A grand bargain.</source><target>一场大买卖。</target></segment></unit></file></xliff>
            """);
        var empty = Path.Combine(_folder, "empty.xlf");
        await File.WriteAllTextAsync(empty, """<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>x</source></segment></unit></file></xliff>""");

        var result = await Cli.RunAsync("term", "大买卖", "--glossary", xliff, "--json");
        var none = await Cli.RunAsync("term", "大买卖", "--glossary", empty);

        using var json = JsonDocument.Parse(result.Output);
        var entry = json.RootElement.GetProperty("entry");
        Assert.Equal(("grand bargain", "project.xlf"), (entry.GetProperty("glosses")[0].GetString(), entry.GetProperty("source").GetString()));
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("carries no glossary entries", none.Error, StringComparison.Ordinal);
    }
}
