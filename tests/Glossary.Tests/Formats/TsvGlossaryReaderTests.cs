using System.Text;
using Glossary.Errors;
using Glossary.Terms;
using Glossary.Formats;

namespace Glossary.Tests.Formats;

public sealed class TsvGlossaryReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-tsv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_OmegaTFile_ReadsTermsGlossesNotesVariantsAndPinyin()
    {
        var path = Write("g.tsv", "# comment\n# term\tgloss\tnote\tvariants\tpinyin\n大买卖\tgrand bargain\tspun from 大交易\t大交易|大買賣\tdà mǎimài\n卡脖子\tchokehold\n\n大买卖\tbig deal\n");

        var terms = GlossaryFile.Load(path);

        var entry = terms.Find("大买卖")!;
        Assert.Equal(["grand bargain", "big deal"], entry.Glosses);
        Assert.Equal(["大交易", "大買賣"], entry.Variants);
        Assert.Equal("spun from 大交易", entry.Note);
        Assert.Equal("dà mǎimài", entry.Pinyin);
        Assert.Equal("g.tsv", entry.Source);
        Assert.Equal(2, terms.Entries.Count);
    }

    [Fact]
    public void Load_ExtraColumnsWithoutAHeader_AreIgnoredLikeOmegaTDoes_AndSaidOnce()
    {
        var path = Write("other-tool.tsv", "卡脖子\tchokehold\tnote\tIT\n大买卖\tgrand bargain\t\tIT\n");

        var terms = GlossaryFile.Load(path);

        Assert.Empty(terms.Find("卡脖子")!.Variants);
        Assert.Null(terms.Find("IT"));
        Assert.Equal(1, Assert.Single(terms.Issues).Line);
        Assert.DoesNotContain(terms.Annotate("IT 部门的卡脖子"), s => s.Text == "IT");
    }

    [Fact]
    public void Load_HeaderNamingTheOptionalColumnsInAnotherOrder_MapsThemByName()
    {
        var path = Write("reordered.tsv", "# term\tgloss\tnote\tpinyin\tvariants\n大买卖\tgrand bargain\t\tdà mǎimài\t大交易\n");

        var entry = GlossaryFile.Load(path).Entries.Single();

        Assert.Equal(("dà mǎimài", "大交易"), (entry.Pinyin, entry.Variants.Single()));
    }

    [Fact]
    public void Load_MalformedLines_AreReportedWithLineAndReason_AndTheGoodLinesLoad()
    {
        var path = Write("bad.tsv", "卡脖子\tchokehold\nno tab here\n\tempty term\n大买卖\t \n设想出去\tdesigning out\n");

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["卡脖子", "设想出去"], terms.Entries.Select(e => e.Term));
        Assert.Equal([2, 3, 4], terms.Issues.Select(i => i.Line));
        Assert.All(terms.Issues, i => Assert.Equal("bad.tsv", i.File));
        Assert.Contains("no tab", terms.Issues[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("bad.tsv:2: ", terms.Issues[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Strict_ThrowsOnTheFirstMalformedLine()
    {
        var path = Write("bad.tsv", "卡脖子\tchokehold\nno tab here\n");

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path, strict: true));

        Assert.Equal(2, error.Issue.Line);
        Assert.Contains("bad.tsv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_WithBom_ReadsTheSameAsWithout()
    {
        var plain = Write("plain.tsv", "卡脖子\tchokehold\n");
        var bom = Path.Combine(_folder, "bom.tsv");
        await File.WriteAllBytesAsync(bom, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("卡脖子\tchokehold\n")]);

        Assert.Equal(GlossaryFile.Load(plain).Entries.Single().Term, GlossaryFile.Load(bom).Entries.Single().Term);
        Assert.Equal("卡脖子", (await GlossaryFile.LoadAsync(bom)).Entries.Single().Term);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    [InlineData("no tabs at all\n")]
    public void Load_NothingReadable_IsAFormatError(string content)
    {
        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(Write("empty.tsv", content)));

        Assert.Contains("empty.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_Gbk_IsDetectedAndRead()
    {
        var path = Path.Combine(_folder, "gbk.tsv");
        await File.WriteAllBytesAsync(path, [0xBF, 0xA8, 0xB2, 0xB1, 0xD7, 0xD3, 0x09, 0x63, 0x68, 0x6F, 0x6B, 0x65, 0x0A]); // 卡脖子\tchoke in GBK

        var entry = GlossaryFile.Load(path).Entries.Single();

        Assert.Equal(("卡脖子", "choke"), (entry.Term, entry.Glosses.Single()));
        Assert.Equal("卡脖子", (await GlossaryFile.LoadAsync(path)).Entries.Single().Term);
    }

    [Fact]
    public async Task Load_BytesNeitherUtf8NorGb18030_IsAFormatErrorNamingTheByteOffset()
    {
        var path = Path.Combine(_folder, "broken.tsv");
        byte[] bytes = [.. Encoding.UTF8.GetBytes("卡脖子\tchokehold\n"), 0xFF, 0xFF, 0x0A];
        await File.WriteAllBytesAsync(path, bytes);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));
        await Assert.ThrowsAsync<GlossaryFormatException>(() => GlossaryFile.LoadAsync(path));

        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains($"byte offset {Array.IndexOf(bytes, (byte)0xFF)}", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
