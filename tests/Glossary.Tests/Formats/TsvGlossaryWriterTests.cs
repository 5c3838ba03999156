using System.Text;
using Glossary.Testing;
using Glossary.Errors;
using Glossary.Formats;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Tests.Formats;

public sealed class TsvGlossaryWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-tsv-write-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Save_ThenLoad_KeepsEveryEntryOfTheBundledGlossary()
    {
        var original = GlossaryFile.Load(Repository.PathOf("seeds", "grand-bargain.glossary.tsv"));
        var path = Path.Combine(_folder, "copy.tsv");

        GlossaryFile.Save(original, path);
        var copy = GlossaryFile.Load(path);

        Assert.Equal(original.Entries.Count, copy.Entries.Count);
        for (var i = 0; i < original.Entries.Count; i++)
        {
            var (a, b) = (original.Entries[i], copy.Entries[i]);
            Assert.Equal((a.Term, a.Note, a.Pinyin), (b.Term, b.Note, b.Pinyin));
            Assert.Equal(a.Glosses, b.Glosses);
            Assert.Equal(a.Variants, b.Variants);
        }
    }

    [Fact]
    public void Save_IsAFixedPoint_ByteForByte()
    {
        var first = Path.Combine(_folder, "first.tsv");
        var second = Path.Combine(_folder, "second.tsv");

        GlossaryFile.Save(SampleCorpus.Glossary, first);
        var reloaded = GlossaryFile.Load(first);
        GlossaryFile.Save(reloaded, second);

        // A fixed point that kept less than the input would still be a fixed point: the reloaded entries must be
        // the input's, field for field, and the file the same bytes when written again.
        Assert.Equal(Fields(SampleCorpus.Glossary), Fields(reloaded));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    private static List<string> Fields(TermBase terms) => terms.Entries.Select(e => string.Join(" | ",
        e.Term, e.Note, e.Pinyin, string.Join(",", e.Variants), string.Join(",", e.Translations.Select(t => $"{t.Text}:{t.Status}")))).ToList();

    [Fact]
    public void Save_StatusOfEachGloss_ReadsBackInColumn6()
    {
        var entry = new TermEntry(
            [new Designation("卡脖子")],
            [new Designation("chokehold") { Status = TermStatus.Preferred }, new Designation("neck grab") { Status = TermStatus.Forbidden }]);
        var path = Path.Combine(_folder, "status.tsv");

        GlossaryFile.Save(new TermBase([entry]), path);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var read = GlossaryFile.Load(path).Entries.Single();

        Assert.Equal("卡脖子\tneck grab\t\t\t\tforbidden", lines[2]);
        Assert.Equal([TermStatus.Preferred, TermStatus.Forbidden], read.Translations.Select(t => t.Status));
    }

    [Fact]
    public void Save_NoteWithTabsAndLineBreaks_StaysOnOneLine()
    {
        var path = Path.Combine(_folder, "note.tsv");

        GlossaryFile.Save(new TermBase([new TermEntry("卡脖子", ["chokehold"]) { Note = "one\ttwo\nthree" }]), path);

        Assert.Equal("one two three", GlossaryFile.Load(path).Entries.Single().Note);
    }

    [Fact]
    public void Save_OverAnExistingFile_ReplacesItWholeAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "g.tsv");
        File.WriteAllText(path, "old\tcontent\n");

        GlossaryFile.Save(SampleCorpus.Glossary, path);

        Assert.Equal(SampleCorpus.Glossary.Entries.Count, GlossaryFile.Load(path).Entries.Count);
        Assert.Equal(["g.tsv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Save_WhenWritingFails_LeavesTheOldFileIntact()
    {
        var path = Path.Combine(_folder, "g.tsv");
        File.WriteAllText(path, "卡脖子\tchokehold\n");
        var unwritable = new TermBase([new TermEntry("卡脖子", ["chokehold"])]);

        // CC-CEDICT is read-only: the write is refused before anything touches the target.
        Assert.Throws<ArgumentException>(() => GlossaryFile.Save(unwritable, path, GlossaryFormat.CcCedict));
        Assert.Throws<ArgumentException>(() => GlossaryFile.Save(unwritable, Path.Combine(_folder, "g.unknown")));

        Assert.Equal("卡脖子\tchokehold\n", File.ReadAllText(path));
        Assert.Equal(["g.tsv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task SaveAsync_WritesTheSameBytesAsSave()
    {
        var sync = Path.Combine(_folder, "sync.csv");
        var async = Path.Combine(_folder, "async.csv");

        GlossaryFile.Save(SampleCorpus.Glossary, sync);
        await GlossaryFile.SaveAsync(SampleCorpus.Glossary, async);

        Assert.Equal(File.ReadAllBytes(sync), File.ReadAllBytes(async));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    [InlineData("gb18030")]
    public void Load_OtherEncodings_ReadTheSameEntries(string encoding)
    {
        const string text = "卡脖子\tchokehold\n大买卖\tgrand bargain\n";
        byte[] bytes = encoding switch
        {
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            _ => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text),
        };
        var path = Path.Combine(_folder, encoding + ".tsv");
        File.WriteAllBytes(path, bytes);

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["卡脖子", "大买卖"], terms.Entries.Select(e => e.Term));
        Assert.Equal(["chokehold", "grand bargain"], terms.Entries.Select(e => e.Glosses[0]));
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A }, "empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x14, 0x00, 0x00, 0x08, 0x00, 0x21 }, "not text")]
    public void Load_EmptyOrBinaryFile_IsOneClearError(byte[] bytes, string expected)
    {
        var path = Path.Combine(_folder, "odd.tsv");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("odd.tsv", error.Message, StringComparison.Ordinal);
    }
}
