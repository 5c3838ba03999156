using Glossary.Bilingual;
using Glossary.Formats;
using Glossary.Testing;

namespace Glossary.Interop.Tests;

// What OmegaT 3.6 writes, read with this library's readers: the lines its glossary writer appends (what "create
// glossary entry" does to the project's writable glossary), and the translation memory its console mode writes from a
// small Chinese → English project.
[Collection(OmegaTTests.Name)]
public sealed class WeReadWhatOmegaTWritesTests(OmegaTProbe omegaT) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-omegat-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task OmegaTsAppendedEntries_ToAGlossaryWeWrote_AreReadBackWithEveryEntryBefore()
    {
        var file = Path.Combine(_folder, "glossary.utf8");
        await Tool.ConvertAsync(Repository.PathOf("seeds", "grand-bargain.glossary.tsv"), file, "--to", "tsv");
        var before = GlossaryFile.Load(file).Entries;

        await omegaT.AppendAsync(file, "芯片", "chip", "semiconductor; added in OmegaT");
        await omegaT.AppendAsync(file, "卡脖子", "stranglehold", string.Empty);

        var after = GlossaryFile.Load(file, strict: true);
        Assert.Empty(after.Issues);
        Assert.Equal(before.Count + 1, after.Entries.Count);
        var chip = after.Find("芯片");
        Assert.NotNull(chip);
        Assert.Equal("chip", Assert.Single(chip.Glosses));
        Assert.Equal("semiconductor; added in OmegaT", chip.Note);
        Assert.Equal(["chokehold", "stranglehold"], after.Find("卡脖子")!.Glosses); // a second line of a term is a second gloss
        Assert.Equal(before.Select(e => e.Term), after.Entries.Take(before.Count).Select(e => e.Term));
    }

    [Fact]
    public async Task OmegaTsWriter_OnANewGlossary_IsReadBack()
    {
        var file = Path.Combine(_folder, "glossary", "glossary.txt");

        await omegaT.AppendAsync(file, "大买卖", "grand bargain", "spun from 大交易");

        var entry = Assert.Single(GlossaryFile.Load(file, strict: true).Entries);
        Assert.Equal(("大买卖", "grand bargain", "spun from 大交易"), (entry.Term, entry.Glosses.Single(), entry.Note));
    }

    [Fact]
    public async Task OmegaTsConsoleTmx_FromAChineseToEnglishProject_IsReadUnitByUnit()
    {
        // A tiny project: one text file of three paragraphs. OmegaT 3.6's console-translate saves no project_save.tmx
        // when no segment is translated (its tm/auto matches are applied in the editor only), so the memory read here is
        // the one its console mode writes of every segment: --mode=console-createpseudotranslatetmx.
        string[] paragraphs = ["打开文件", "重启服务器", "美国的大买卖"];
        var project = CreateProject(paragraphs);
        var tmx = Path.Combine(_folder, "pseudo.tmx");

        var run = await OmegaTProbe.RunOmegaTAsync(project, "--mode=console-createpseudotranslatetmx", $"--pseudotranslatetmx={tmx}", "--pseudotranslatetype=equal");

        Assert.True(run.ExitCode == 0 && File.Exists(tmx), $"OmegaT's console mode wrote no TMX (exit {run.ExitCode}):\n{run.Output}\n{run.Error}");
        var document = BilingualFile.Load(tmx, strict: true);
        Assert.Equal(BilingualFormat.Tmx, document.Format);
        // OmegaT writes the units in the order of its own hash map, not the document's.
        Assert.Equal(paragraphs.Order(StringComparer.Ordinal), document.Units.Select(u => u.Chinese?.Text).Order(StringComparer.Ordinal));
        Assert.All(document.Units, u => Assert.Equal(["zh-CN", "en-US"], u.Texts.Select(t => t.Language)));
        Assert.All(document.Units, u => Assert.Equal(u.Texts[0].Text, u.Texts[1].Text)); // "equal": the target is the source
    }

    private string CreateProject(IEnumerable<string> paragraphs)
    {
        var project = Path.Combine(_folder, "project");
        foreach (var folder in new[] { "source", "target", "tm", "glossary", "dictionary", "omegat" })
        {
            Directory.CreateDirectory(Path.Combine(project, folder));
        }

        File.WriteAllText(Path.Combine(project, "source", "article.txt"), string.Join("\n\n", paragraphs) + "\n");
        File.WriteAllText(Path.Combine(project, "omegat.project"), """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <omegat>
                <project version="1.0">
                    <source_dir>source</source_dir>
                    <target_dir>target</target_dir>
                    <tm_dir>tm</tm_dir>
                    <glossary_dir>glossary</glossary_dir>
                    <glossary_file>glossary/glossary.txt</glossary_file>
                    <dictionary_dir>dictionary</dictionary_dir>
                    <source_lang>zh-CN</source_lang>
                    <target_lang>en-US</target_lang>
                    <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
                    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
                    <sentence_seg>true</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                </project>
            </omegat>
            """);
        return project;
    }
}
