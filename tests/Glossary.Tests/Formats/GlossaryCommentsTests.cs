using System.Text;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Tests.Formats;

// A glossary's comments (a TSV file's '#' lines) are kept through loading, saving and converting, wherever the target
// format can hold them: TSV as '#' lines after the column header, TBX in the header's source description. CSV cannot.
public sealed class GlossaryCommentsTests : IDisposable
{
    // As this library writes TSV: the column header, the comments, then the entries.
    private const string Commented =
        TsvGlossary.Header + "\n" +
        "# Glossary of the grand-bargain article, kept by the desk\n" +
        "#\n" +
        "#   indented, with a\ttab & an <angle> bracket\n" +
        "大买卖\tgrand bargain\tspun from 大交易\t大交易|大買賣\tdà mǎimài\n" +
        "大买卖\tbig deal\n" +
        "卡脖子\tchokehold\t\t\tqiǎ bózi\tpreferred\n";

    private static readonly string[] Remarks =
        ["Glossary of the grand-bargain article, kept by the desk", "", "  indented, with a\ttab & an <angle> bracket"];

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-comments-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Tsv_WithComments_RoundTripsByteForByte()
    {
        var path = Write("mine.tsv", Commented);
        var copy = Path.Combine(_folder, "copy.tsv");

        var terms = GlossaryFile.Load(path);
        GlossaryFile.Save(terms, copy);

        Assert.Equal(Remarks, terms.Comments);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(copy));
    }

    [Fact]
    public void Tsv_CommentsAnywhere_AreRead_ButColumnHeaderLinesAreNot()
    {
        var path = Write("scattered.tsv", "# first\n# term\tgloss\tnote\n卡脖子\tchokehold\n#second, without a space\n# term\tgloss\tnote\tpinyin\n");

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["first", "second, without a space"], terms.Comments);
        Assert.Equal(["卡脖子"], terms.Entries.Select(e => e.Term));
    }

    [Fact]
    public void TsvToTbxToTsv_KeepsTheCommentsAndTheBytes()
    {
        var tsv = Write("mine.tsv", Commented);
        var tbx = Path.Combine(_folder, "mine.tbx");
        var back = Path.Combine(_folder, "back.tsv");

        GlossaryFile.Save(GlossaryFile.Load(tsv), tbx);
        var fromTbx = GlossaryFile.Load(tbx);
        GlossaryFile.Save(fromTbx, back);

        Assert.Equal(Remarks, fromTbx.Comments);
        Assert.Contains("<p>Glossary of the grand-bargain article, kept by the desk</p>", File.ReadAllText(tbx), StringComparison.Ordinal);
        Assert.Equal(Commented, File.ReadAllText(back));
    }

    [Fact]
    public void TsvToCsv_SaysNothingOfTheComments_ButEveryEntrySurvives()
    {
        var original = GlossaryFile.Load(Write("mine.tsv", Commented));
        var csv = Path.Combine(_folder, "mine.csv");

        GlossaryFile.Save(original, csv);
        var fromCsv = GlossaryFile.Load(csv);

        Assert.DoesNotContain("grand-bargain article", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Empty(fromCsv.Comments);
        Assert.Equal(original.Entries.Select(Describe), fromCsv.Entries.Select(Describe));
    }

    [Fact]
    public void Tbx_HeaderParagraphsAndNotes_AreComments_ButTheWritersOwnLineIsNot()
    {
        const string tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en">
              <martifHeader>
                <fileDesc>
                  <titleStmt><title>Trade terms</title><note>Reviewed in March</note></titleStmt>
                  <sourceDesc><p>TBX file, created via MultiTerm Export</p></sourceDesc>
                  <sourceDesc><p>
                    Kept by the desk;
                    ask before changing.
                  </p></sourceDesc>
                </fileDesc>
              </martifHeader>
              <text><body>
                <termEntry><langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet><langSet xml:lang="en"><tig><term>chokehold</term></tig></langSet></termEntry>
              </body></text>
            </martif>
            """;
        var written = Path.Combine(_folder, "plain.tbx");

        var terms = GlossaryFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(tbx)), "multiterm.tbx");
        GlossaryFile.Save(new TermBase(terms.Entries), written);

        Assert.Equal(["Reviewed in March", "TBX file, created via MultiTerm Export", "Kept by the desk;", "ask before changing."], terms.Comments);
        Assert.Contains(TbxWriter.Generator, File.ReadAllText(written), StringComparison.Ordinal);
        Assert.Empty(GlossaryFile.Load(written).Comments);
    }

    private static string Describe(TermEntry e) =>
        $"{e.Term}|{string.Join(",", e.Variants)}|{e.Pinyin}|{e.Note}|{string.Join(",", e.Translations.Select(t => $"{t.Text}:{t.Status}"))}";

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
