using Glossary.Errors;
using Glossary.Formats;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Tests.Formats;

// Every CSV layout the library writes is read back by its own reader: the full layout and memoQ's by their headers,
// OmegaT's (no header row) by its first line, a '#' comment OmegaT skips, with the folded comment unfolded.
public sealed class CsvLayoutTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-csv-layout-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(CsvLayout.Full)]
    [InlineData(CsvLayout.OmegaT)]
    [InlineData(CsvLayout.MemoQ)]
    public void Save_TheBundledGlossary_InEachLayout_LoadsBackEveryEntry(CsvLayout layout)
    {
        var path = Path.Combine(_folder, "g.csv");

        GlossaryFile.Save(SampleCorpus.Glossary, path, csvLayout: layout);
        var loaded = GlossaryFile.Load(path, strict: true);

        Assert.Equal(Shape(SampleCorpus.Glossary.Entries), Shape(loaded.Entries));
    }

    [Fact]
    public void Save_OmegaTLayout_KeepsStatusesCommentsAndAwkwardCells()
    {
        var entries = new[]
        {
            new TermEntry([new Designation("#MeToo"), new Designation("＃MeToo")], [new Designation("MeToo movement")]) { Note = "a hashtag, kept as a term" },
            new TermEntry([new Designation("服务器")], [new Designation("server") { Status = TermStatus.Preferred }, new Designation("servo") { Status = TermStatus.Forbidden }])
            {
                Pinyin = "fúwùqì", Note = "pinyin: not a label here, \"quoted\", with commas; and two\nlines",
            },
            new TermEntry("卡脖子", ["chokehold"]) { Note = "note: starts like a label" },
        };
        var path = Path.Combine(_folder, "g.csv");

        GlossaryFile.Save(new TermBase(entries, [], ["reviewed", "", "by the team"]), path, csvLayout: CsvLayout.OmegaT);
        var loaded = GlossaryFile.Load(path, strict: true);

        Assert.Equal(["reviewed", "", "by the team"], loaded.Comments);
        Assert.Equal(["#MeToo", "服务器", "卡脖子"], loaded.Entries.Select(e => e.Term));
        Assert.Equal(["＃MeToo"], loaded.Entries[0].Variants);
        var server = loaded.Entries[1];
        Assert.Equal([("server", TermStatus.Preferred), ("servo", TermStatus.Forbidden)], server.Translations.Select(t => (t.Text, t.Status)));
        Assert.Equal("fúwùqì", server.Pinyin);
        Assert.Equal("pinyin: not a label here, \"quoted\", with commas; and two lines", server.Note); // OmegaT reads a row a line
        Assert.Equal("note: starts like a label", loaded.Entries[2].Note);
        var text = File.ReadAllText(path);
        Assert.StartsWith("# term,translation,comment\n# reviewed\n#\n# by the team\n\"#MeToo\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AHandMadeOmegaTCsv_WithoutHeader_ReadsTermTranslationComment()
    {
        var path = Path.Combine(_folder, "omegat.csv");
        File.WriteAllText(path, "卡脖子,chokehold,\"lit. 'grab by the neck'; choke point\"\n大买卖,grand bargain\n");

        var loaded = GlossaryFile.Load(path, strict: true);

        Assert.Equal([("卡脖子", "chokehold", "lit. 'grab by the neck'; choke point"), ("大买卖", "grand bargain", null)],
            loaded.Entries.Select(e => (e.Term, e.Glosses.Single(), e.Note)));
    }

    [Fact]
    public void Load_AFirstRowThatNamesNothing_AndNoChineseTerm_IsRefusedNamingTheLayouts()
    {
        var path = Path.Combine(_folder, "g.csv");
        File.WriteAllText(path, "Begriff,Übersetzung\nChip,chip\n");

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.Contains("or be OmegaT's term, translation, comment; it names: 'Begriff', 'Übersetzung'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_MemoQLayout_NamesTheLanguagesAsMemoQDoes_OneRowPerEntry()
    {
        var path = Path.Combine(_folder, "g.csv");

        GlossaryFile.Save(SampleCorpus.Glossary, path, csvLayout: CsvLayout.MemoQ);

        var lines = File.ReadAllLines(path);
        Assert.Matches(@"^Entry_Note,(Chinese \(PRC\),)+English \(United States\)_Def,(English \(United States\),)+Pinyin$", lines[0]);
        Assert.Equal(SampleCorpus.Glossary.Entries.Count + 1, lines.Length);
    }

    private static IEnumerable<string> Shape(IEnumerable<TermEntry> entries) =>
        entries.Select(e => string.Join(" ‖ ", e.Term, string.Join('|', e.Glosses), string.Join('|', e.Variants), e.Note, e.Pinyin, e.Definition));
}
