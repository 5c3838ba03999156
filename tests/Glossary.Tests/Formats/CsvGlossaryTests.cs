using System.Text;
using Glossary.Testing;
using Glossary.Errors;
using Glossary.Terms;
using Glossary.Formats;

namespace Glossary.Tests.Formats;

public sealed class CsvGlossaryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_HeaderInAnyOrderAndCase_WithAliases_ReadsRfc4180Fields()
    {
        var path = Write("g.csv",
            "Translation,Note,TERM,Pinyin\n" +
            "\"chokehold, stranglehold\",\"lit. \"\"grab by the neck\"\"\nchoke point\",卡脖子,qiǎ bózi\n" +
            "grand bargain,spun from 大交易,大买卖,dà mǎimài\n");

        var terms = GlossaryFile.Load(path);

        Assert.Empty(terms.Issues);
        Assert.Equal(["卡脖子", "大买卖"], terms.Entries.Select(e => e.Term));
        var kabozi = terms.Entries[0];
        Assert.Equal(["chokehold, stranglehold"], kabozi.Glosses);
        Assert.Equal("lit. \"grab by the neck\"\nchoke point", kabozi.Note);
        Assert.Equal("qiǎ bózi", kabozi.Pinyin);
        Assert.Equal("g.csv", kabozi.Source);
        var damaimai = terms.Entries[1];
        Assert.Equal(["grand bargain"], damaimai.Glosses);
        Assert.Equal("spun from 大交易", damaimai.Note);
        Assert.Equal("dà mǎimài", damaimai.Pinyin);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Load_SemicolonSeparated_ReadsTheSameAsCommaSeparated(string newline)
    {
        string[] comma =
        [
            "term,gloss,note,variants,status",
            "大买卖,grand bargain,\"spun from 大交易; a \"\"big deal\"\"\",大交易|大買賣,preferred",
            "大买卖,\"deal, big\",,,deprecated",
            "卡脖子,chokehold,\"two\nlines\",,",
        ];
        string[] semicolon =
        [
            "term;gloss;note;variants;status",
            "大买卖;grand bargain;\"spun from 大交易; a \"\"big deal\"\"\";大交易|大買賣;preferred",
            "大买卖;deal, big;;;deprecated",
            "卡脖子;chokehold;\"two\nlines\";;",
        ];

        var fromComma = GlossaryFile.Load(Write("comma.csv", string.Join(newline, comma) + newline));
        var fromSemicolon = GlossaryFile.Load(Write("semicolon.csv", string.Join(newline, semicolon) + newline));

        Assert.Empty(fromComma.Issues);
        Assert.Empty(fromSemicolon.Issues);
        Assert.Equal(fromComma.Entries.Select(Describe), fromSemicolon.Entries.Select(Describe));
        Assert.Equal(["grand bargain", "deal, big"], fromSemicolon.Find("大买卖")!.Glosses);
        Assert.Equal("spun from 大交易; a \"big deal\"", fromSemicolon.Find("大买卖")!.Note);
        Assert.Equal(["大交易", "大買賣"], fromSemicolon.Find("大买卖")!.Variants);
        Assert.Equal("two\nlines", fromSemicolon.Find("卡脖子")!.Note!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Load_RowsSharingATerm_MergeIntoOneEntry_WithEachGlossStatus()
    {
        var path = Write("g.csv",
            "term,gloss,status,term status,note\n" +
            "卡脖子,chokehold,preferred,deprecated,first note\n" +
            "卡脖子,stranglehold,deprecated,,second note\n" +
            "大买卖,grand bargain,,,\n" +
            "卡脖子,neck grab,forbidden,,\n");

        var terms = GlossaryFile.Load(path);

        Assert.Empty(terms.Issues);
        Assert.Equal(["卡脖子", "大买卖"], terms.Entries.Select(e => e.Term));
        var entry = terms.Find("卡脖子")!;
        Assert.Equal(["chokehold", "stranglehold", "neck grab"], entry.Glosses);
        Assert.Equal([TermStatus.Preferred, TermStatus.Deprecated, TermStatus.Forbidden], entry.Translations.Select(t => t.Status));
        Assert.Equal(TermStatus.Deprecated, entry.Status);
        Assert.Equal("first note; second note", entry.Note);
        Assert.Equal(TermStatus.Unspecified, terms.Find("大买卖")!.Status);
        Assert.Equal(TermStatus.Unspecified, terms.Find("大买卖")!.Translations.Single().Status);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Load_UnclosedQuote_IsReportedAtItsLine_AndTheRowsAroundItLoad(string newline)
    {
        string[] lines =
        [
            "term,gloss,note",
            "卡脖子,chokehold,\"a note\non two lines\"",
            "大买卖,\"grand bargain,never closed",
            "设想出去,designing out,\"quoted, with comma\"",
            "白宫,White House,",
        ];
        var path = Write("g.csv", string.Join(newline, lines) + newline);

        var terms = GlossaryFile.Load(path);

        var issue = Assert.Single(terms.Issues);
        Assert.Equal(4, issue.Line);
        Assert.Contains("never closed", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(["卡脖子", "设想出去", "白宫"], terms.Entries.Select(e => e.Term));
        Assert.Equal(["chokehold"], terms.Entries[0].Glosses);
        Assert.Equal("a note\non two lines", terms.Entries[0].Note!.ReplaceLineEndings("\n"));
        Assert.Equal(["designing out"], terms.Entries[1].Glosses);
        Assert.Equal("quoted, with comma", terms.Entries[1].Note);
        Assert.Equal(["White House"], terms.Entries[2].Glosses);
        Assert.Null(terms.Entries[2].Note);
        Assert.Null(terms.Find("大买卖"));
    }

    [Fact]
    public void Load_UnclosedQuoteOnTheLastLine_KeepsEveryRowBeforeIt()
    {
        var path = Write("g.csv", "term,gloss\n卡脖子,chokehold\n白宫,White House\n大买卖,\"grand bargain\n");

        var terms = GlossaryFile.Load(path);

        Assert.Equal(4, Assert.Single(terms.Issues).Line);
        Assert.Equal(["卡脖子", "白宫"], terms.Entries.Select(e => e.Term));
    }

    [Fact]
    public void Load_RowsAfterAnUnclosedQuote_AreReportedAtTheirOwnLines()
    {
        // Line 3 opens a quote it never closes; lines 4 and 5 are bad rows of their own.
        var path = Write("g.csv", "term,gloss\n卡脖子,chokehold\n大买卖,\"grand bargain\n,orphan gloss\n白宫,\n设想出去,designing out\n");

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["卡脖子", "设想出去"], terms.Entries.Select(e => e.Term));
        Assert.Equal([3, 4, 5], terms.Issues.Select(i => i.Line));
        Assert.Contains("term is empty", terms.Issues[1].Reason, StringComparison.Ordinal);
        Assert.Contains("gloss is empty", terms.Issues[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnclosedQuoteFollowedByAMultiLineField_IsStillReportedAtItsLine()
    {
        // Line 3 never closes its quote; lines 5-6 hold a valid note on two lines.
        var path = Write("g.csv",
            "term,gloss,note\n" +
            "卡脖子,chokehold,\n" +
            "大买卖,\"grand bargain,\n" +
            "设想出去,designing out,\n" +
            "白宫,White House,\"a note\non two lines\"\n" +
            "拜登,Biden,\n");

        var terms = GlossaryFile.Load(path);

        var issue = Assert.Single(terms.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("never closed", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(["卡脖子", "设想出去", "白宫", "拜登"], terms.Entries.Select(e => e.Term));
        Assert.Equal("a note\non two lines", terms.Find("白宫")!.Note);
    }

    [Fact]
    public void Load_UnclosedQuoteOnTheSecondLineOfARow_IsReportedAtTheLineWhereItOpens()
    {
        // The row of lines 2-3 closes its first quoted field on line 3, then opens another there that is never closed.
        var path = Write("g.csv", "term,gloss,note\n卡脖子,\"two\nlines\",\"unclosed note\n设想出去,designing out,x\n白宫,White House,y\n");

        var terms = GlossaryFile.Load(path);

        var issue = Assert.Single(terms.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("never closed", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(["设想出去", "白宫"], terms.Entries.Select(e => e.Term));
    }

    [Fact]
    public void Load_StrayQuotesInTwoRows_DoNotSwallowTheRowsBetween()
    {
        // Inch marks typed without quoting the field: lines 2 and 4 each hold one stray quote.
        var path = Write("g.csv", "term,gloss\n屏幕,5\" screen\n设想出去,designing out\n电视,7\" TV\n白宫,White House\n");

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["designing out"], terms.Find("设想出去")?.Glosses ?? []);
        Assert.Equal(["White House"], terms.Find("白宫")?.Glosses ?? []);
        Assert.DoesNotContain(terms.Entries.SelectMany(e => e.Glosses), g => g.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HeaderWithEmptyColumnNames_AsExcelWritesTrailingEmptyColumns_Loads()
    {
        var path = Write("g.csv", "term,gloss,,\n卡脖子,chokehold,,\n白宫,White House,,\n");

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["卡脖子", "白宫"], terms.Entries.Select(e => e.Term));
        Assert.Equal(["chokehold"], terms.Entries[0].Glosses);
    }

    [Fact]
    public void Load_HeaderNamingAColumnTwice_FailsOnlyWithAGlossaryFormatException()
    {
        var path = Write("g.csv", "term,gloss,note,note\n卡脖子,chokehold,a,b\n");

        var error = Record.Exception(() => GlossaryFile.Load(path));

        Assert.True(error is null or GlossaryFormatException, $"threw {error?.GetType().Name}: {error?.Message}");
    }

    [Fact]
    public void Load_EmptyTermOrGloss_IsReportedWithItsLine_AndTheGoodRowsLoad()
    {
        var path = Write("bad.csv", Bad);

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["卡脖子", "白宫"], terms.Entries.Select(e => e.Term));
        Assert.Equal([4, 5], terms.Issues.Select(i => i.Line));
        Assert.Contains("term is empty", terms.Issues[0].Reason, StringComparison.Ordinal);
        Assert.Contains("gloss is empty", terms.Issues[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("bad.csv:4: ", terms.Issues[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyTermOrGloss_Strict_ThrowsWithItsLine()
    {
        var path = Write("bad.csv", Bad);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path, strict: true));

        Assert.Equal(4, error.Issue.Line);
        Assert.Contains("bad.csv:4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Word,English,Remarks\n卡脖子,chokehold,x\n", new[] { "'Word'", "'English'", "'Remarks'" })]
    [InlineData("term,note\n卡脖子,x\n", new[] { "'term'", "'note'" })]
    [InlineData("Pinyin;Chinese;Comment\nqiǎ bózi;卡脖子;x\n", new[] { "'Pinyin'", "'Chinese'", "'Comment'" })]
    public void Load_HeaderWithoutTermOrGlossColumn_IsAFormatErrorNamingItsColumns(string content, string[] named)
    {
        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(Write("h.csv", content)));

        Assert.Equal(1, error.Issue.Line);
        Assert.Contains("h.csv", error.Message, StringComparison.Ordinal);
        foreach (var name in named)
        {
            Assert.Contains(name, error.Issue.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_UnknownStatus_IsReported_AndTheGlossKeptWithoutStatus()
    {
        var path = Write("g.csv", "term,gloss,status\n卡脖子,chokehold,maybe\n卡脖子,stranglehold,preferred\n");

        var terms = GlossaryFile.Load(path);

        var issue = Assert.Single(terms.Issues);
        Assert.Equal(2, issue.Line);
        Assert.Contains("'maybe'", issue.Reason, StringComparison.Ordinal);
        var entry = terms.Entries.Single();
        Assert.Equal(["chokehold", "stranglehold"], entry.Glosses);
        Assert.Equal([TermStatus.Unspecified, TermStatus.Preferred], entry.Translations.Select(t => t.Status));
    }

    [Fact]
    public void SaveAsTbx_ThenCsv_KeepsEveryField()
    {
        var original = GlossaryFile.Load(Write("full.csv", Full));
        Assert.Empty(original.Issues);
        Assert.Equal(3, original.Entries.Count);
        var tbx = Path.Combine(_folder, "full.tbx");
        var csv = Path.Combine(_folder, "back.csv");

        GlossaryFile.Save(original, tbx);
        var viaTbx = GlossaryFile.Load(tbx);
        GlossaryFile.Save(viaTbx, csv);
        var back = GlossaryFile.Load(csv);

        Assert.Empty(viaTbx.Issues);
        Assert.Empty(back.Issues);
        Assert.Equal(original.Entries.Select(Describe), viaTbx.Entries.Select(Describe));
        Assert.Equal(original.Entries.Select(Describe), back.Entries.Select(Describe));
    }

    [Fact]
    public void Load_FullFile_ReadsEveryColumn()
    {
        var terms = GlossaryFile.Load(Write("full.csv", Full));

        var entry = terms.Find("大买卖")!;
        Assert.Equal(["大交易", "大買賣"], entry.Variants);
        Assert.Equal("dà mǎimài", entry.Pinyin);
        Assert.Equal("a deal between states", entry.Definition);
        Assert.Equal("spun from 大交易, \"The AI Grand Bargain\"", entry.Note);
        Assert.Equal("noun", entry.Forms[0].PartOfSpeech);
        Assert.Equal(TermStatus.Admitted, entry.Status);
        Assert.Equal(["grand bargain", "big deal", "mega-deal"], entry.Glosses);
        Assert.Equal([TermStatus.Preferred, TermStatus.Deprecated, TermStatus.Forbidden], entry.Translations.Select(t => t.Status));
        Assert.Equal(["noun", null, "noun"], entry.Translations.Select(t => t.PartOfSpeech));
    }

    [Fact]
    public void Save_Csv_IsAFixedPoint_ByteForByte()
    {
        var first = Path.Combine(_folder, "first.csv");
        var second = Path.Combine(_folder, "second.csv");
        var loaded = GlossaryFile.Load(Write("full.csv", Full));

        GlossaryFile.Save(loaded, first);
        var reloaded = GlossaryFile.Load(first);
        GlossaryFile.Save(reloaded, second);

        Assert.Equal(loaded.Entries.Select(Describe), reloaded.Entries.Select(Describe));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Save_Csv_WritesTheHeaderAndQuotesWhatNeedsIt()
    {
        var path = Path.Combine(_folder, "out.csv");
        var entry = new TermEntry([new Designation("卡脖子")], [new Designation("chokehold, \"stranglehold\"")]) { Note = "two\nlines" };

        GlossaryFile.Save(new TermBase([entry]), path);
        var text = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
        var read = GlossaryFile.Load(path).Entries.Single();

        Assert.StartsWith("term,gloss,pinyin,note,variants,definition,status,part of speech,term status,term part of speech\n", text, StringComparison.Ordinal);
        Assert.Contains("卡脖子,\"chokehold, \"\"stranglehold\"\"\",,\"two\nlines\",", text, StringComparison.Ordinal);
        Assert.Equal(["chokehold, \"stranglehold\""], read.Glosses);
        Assert.Equal("two\nlines", read.Note!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void SeedGlossary_TsvToTbxToTsv_KeepsEveryEntry()
    {
        var original = GlossaryFile.Load(Repository.PathOf("seeds", "grand-bargain.glossary.tsv"));
        var tbx = Path.Combine(_folder, "seed.tbx");
        var tsv = Path.Combine(_folder, "seed.tsv");

        GlossaryFile.Save(original, tbx);
        var viaTbx = GlossaryFile.Load(tbx);
        GlossaryFile.Save(viaTbx, tsv);
        var back = GlossaryFile.Load(tsv);

        Assert.True(original.Entries.Count > 50, $"only {original.Entries.Count} entries in the seed glossary");
        Assert.Empty(viaTbx.Issues);
        Assert.Empty(back.Issues);
        Assert.Equal(original.Entries.Count, back.Entries.Count);
        for (var i = 0; i < original.Entries.Count; i++)
        {
            var (a, b) = (original.Entries[i], back.Entries[i]);
            Assert.Equal((a.Term, a.Note, a.Pinyin), (b.Term, b.Note, b.Pinyin));
            Assert.Equal(a.Variants, b.Variants);
            Assert.Equal(a.Glosses, b.Glosses);
        }
    }

    // Line 1 header, 2-3 one row whose note spans two lines, 4 no term, 5 no gloss, 6 a good row.
    private const string Bad =
        "term,gloss,note\n" +
        "卡脖子,chokehold,\"two\nlines\"\n" +
        ",orphan gloss,x\n" +
        "大买卖,,x\n" +
        "白宫,White House,\n";

    // Every column, in an unusual order, with every status and part of speech set somewhere.
    private const string Full =
        "Term Status,gloss,Part_of_Speech,TERM,Status,Pinyin,Note,Variants,Definition,Term-Part-of-Speech\n" +
        "admitted,grand bargain,noun,大买卖,preferred,dà mǎimài,\"spun from 大交易, \"\"The AI Grand Bargain\"\"\",大交易|大買賣,a deal between states,noun\n" +
        ",big deal,,大买卖,deprecated,,,,,\n" +
        ",mega-deal,noun,大买卖,forbidden,,,,,\n" +
        "forbidden,chokehold,,卡脖子,,qiǎ bózi,choke-point leverage,,,verb\n" +
        "deprecated,White House,proper noun,白宫,admitted,Báigōng,,,the US president's residence,\n";

    private static string Describe(TermEntry e) => string.Join(" ¦ ",
    [
        e.Term, e.Status.ToString(), e.Forms[0].PartOfSpeech ?? "-", string.Join("|", e.Variants), e.Pinyin ?? "-", e.Note ?? "-",
        e.Definition ?? "-", .. e.Translations.Select(t => $"{t.Text} [{t.Status}, {t.PartOfSpeech ?? "-"}]"),
    ]);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
