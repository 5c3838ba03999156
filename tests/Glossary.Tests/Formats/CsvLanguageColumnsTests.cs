using System.Text;
using Glossary.Errors;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Tests.Formats;

// CSV headers that name languages, as memoQ's and Trados MultiTerm's exports write them. The fixtures are made up
// here after memoQ's documented column layout (entry fields, then per language its definition and one column per
// term, each followed by term fields).
public sealed class CsvLanguageColumnsTests
{
    private static readonly string[] MemoQHeader =
    [
        "Entry_ID", "Entry_Subject", "Entry_Domain", "Entry_Created", "Entry_Modified", "Entry_Note",
        "English (United States)_Def", "English (United States)", "Term_Info", "English (United States)", "Term_Info",
        "Chinese (PRC)_Def", "Chinese (PRC)", "Term_Info", "Chinese (PRC)", "Term_Info",
    ];

    private static readonly string[][] MemoQRows =
    [
        ["1", "Politics", "Trade", "11/2/2025 10:00:00 AM", "11/3/2025 9:00:00 AM", "spun from 大交易; the article's title",
            "a deal between states, settling many questions at once", "grand bargain", "case=permissive", "big deal", "", "两国之间的交易", "大买卖", "", "大交易", ""],
        ["2", "", "Tech", "11/2/2025 10:05:00 AM", "", "", "", "chokehold", "", "", "", "卡住咽喉的手段", "卡脖子", "", "", ""],
        ["3", "", "", "", "", "no Chinese term here", "", "White House", "", "", "", "", "", "", "", ""],
    ];

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public void Load_MemoQExport_MapsLanguageColumns_SynonymsDefinitionsAndNote(char separator)
    {
        var bytes = MemoQExport(separator, bom: true);

        var terms = GlossaryFile.Read(new MemoryStream(bytes), "memoq.csv", format: GlossaryFormat.Csv);

        Assert.Equal(["大买卖", "卡脖子"], terms.Entries.Select(e => e.Term));
        var bargain = terms.Entries[0];
        Assert.Equal(["大交易"], bargain.Variants);
        Assert.Equal(["grand bargain", "big deal"], bargain.Glosses);
        Assert.Equal("a deal between states, settling many questions at once", bargain.Definition);
        Assert.Equal("spun from 大交易; the article's title", bargain.Note);
        var chokehold = terms.Entries[1];
        Assert.Equal(["chokehold"], chokehold.Glosses);
        Assert.Equal(("卡住咽喉的手段", null), (chokehold.Definition, chokehold.Note));

        // The row without a Chinese term is reported, not guessed; the entry columns and Term_Info are not read.
        var issue = Assert.Single(terms.Issues);
        Assert.Equal(4, issue.Line);
        Assert.Contains("the Chinese term is empty", issue.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(terms.Entries, e => e.Note?.Contains("Politics", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Load_MemoQExport_CommaAndSemicolon_ReadAlike()
    {
        static string Describe(TermEntry e) => $"{e.Term}|{string.Join(",", e.Variants)}|{string.Join(",", e.Glosses)}|{e.Definition}|{e.Note}";

        var comma = GlossaryFile.Read(new MemoryStream(MemoQExport(',', bom: false)), "comma.csv", format: GlossaryFormat.Csv);
        var semicolon = GlossaryFile.Read(new MemoryStream(MemoQExport(';', bom: true)), "semicolon.csv", format: GlossaryFormat.Csv);

        Assert.Equal(comma.Entries.Select(Describe), semicolon.Entries.Select(Describe));
        Assert.Equal(2, comma.Entries.Count);
    }

    [Theory]
    [InlineData("Chinese,English", "大买卖,grand bargain")]
    [InlineData("ZH,EN", "大买卖,grand bargain")]
    [InlineData("zh-CN,en-US", "大买卖,grand bargain")]
    [InlineData("zho-CN,eng-US", "大买卖,grand bargain")]
    [InlineData("Chinese (Simplified),English (US)", "大买卖,grand bargain")]
    [InlineData("Chinese (PRC),English (United Kingdom)", "大买卖,grand bargain")]
    [InlineData("English (United States);Chinese (PRC)", "grand bargain;大买卖")]
    [InlineData("cmn,eng", "大买卖,grand bargain")]
    [InlineData("中文（简体）,英语", "大买卖,grand bargain")]
    [InlineData("English_United_States,Chinese_Simplified", "grand bargain,大买卖")]
    public void Load_HeaderNamingLanguages_ReadsChineseAsTermAndEnglishAsGloss(string header, string row)
    {
        var entry = Read($"{header}\n{row}\n").Entries.Single();

        Assert.Equal(("大买卖", "grand bargain"), (entry.Term, entry.Glosses.Single()));
    }

    [Fact]
    public void Load_SeveralChineseTermsInOneCell_AreHeadwordAndVariants_ButAnEnglishCellIsOneGloss()
    {
        var entry = Read("zh-CN,en-US\n\"卡脖子; 掐脖子|卡脖子\",\"chokehold; stranglehold\"\n").Entries.Single();

        Assert.Equal(["卡脖子", "掐脖子"], entry.Forms.Select(f => f.Text));
        Assert.Equal(["chokehold; stranglehold"], entry.Glosses);
    }

    [Fact]
    public void Load_TraditionalColumnFirst_TheSimplifiedFormIsStillTheHeadword()
    {
        var entry = Read("Chinese (Taiwan),English (United States),Chinese (PRC)\n大買賣,grand bargain,大买卖\n").Entries.Single();

        Assert.Equal(("大买卖", "大買賣"), (entry.Term, entry.Variants.Single()));
    }

    [Fact]
    public void Load_LanguageColumnsBesideOwnColumns_ReadsPinyinAndStatus_ButASourceColumnIsNoHeadword()
    {
        var entry = Read("Chinese (PRC),English (US),Source,Pinyin,Status\n大买卖,grand bargain,Xinhua,dà mǎimài,preferred\n").Entries.Single();

        Assert.Equal(("大买卖", "dà mǎimài"), (entry.Term, entry.Pinyin));
        Assert.Equal(TermStatus.Preferred, entry.Translations.Single().Status);
        Assert.Empty(entry.Variants);
    }

    [Fact]
    public void Load_OwnHeaderWithABareLanguageColumnBesideIt_IsReadAsBefore()
    {
        var entry = Read("term,gloss,English\n卡脖子,chokehold,neck grab\n").Entries.Single();

        Assert.Equal(["chokehold"], entry.Glosses);
    }

    [Theory]
    [InlineData("German (Germany),French (France)\nHaus,maison\n", "neither a Chinese nor an English column", "'German (Germany)', 'French (France)'")]
    [InlineData("de-DE;fr-FR\nHaus;maison\n", "neither a Chinese nor an English column", "'de-DE', 'fr-FR'")]
    [InlineData("Chinese (PRC),German (Germany)\n房子,Haus\n", "no English column", "'Chinese (PRC)', 'German (Germany)'")]
    [InlineData("English (United States),Japanese\nhouse,家\n", "no Chinese column", "'English (United States)', 'Japanese'")]
    public void Load_HeaderWithoutTheChineseEnglishPair_IsOneErrorNamingTheLanguages(string text, string missing, string languages)
    {
        var error = Assert.Throws<GlossaryFormatException>(() => Read(text));

        Assert.StartsWith("lang.csv:1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains(languages, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chinese (PRC)", "Chinese", "Term", "Chinese (PRC)")]
    [InlineData("Chinese (Taiwan)", "Chinese", "Term", "Chinese (Taiwan)")]
    [InlineData("English (United Kingdom)", "English", "Term", "English (United Kingdom)")]
    [InlineData("zh-TW", "Chinese", "Term", "zh-TW")]
    [InlineData("zh_Hans_CN", "Chinese", "Term", "zh_Hans_CN")]
    [InlineData("chi", "Chinese", "Term", "chi")]
    [InlineData("Mandarin", "Chinese", "Term", "Mandarin")]
    [InlineData("eng-US", "English", "Term", "eng-US")]
    [InlineData("Chinese (PRC)_Def", "Chinese", "Definition", "Chinese (PRC)")]
    [InlineData("English (United States)_Def", "English", "Definition", "English (United States)")]
    [InlineData("zh-CN_Def", "Chinese", "Definition", "zh-CN")]
    [InlineData("English_United_States_Definition", "English", "Definition", "English_United_States")]
    [InlineData("Chinese (PRC)_Info", "Chinese", "Other", "Chinese (PRC)")]
    [InlineData("German (Germany)", "Other", "Term", "German (Germany)")]
    [InlineData("de-DE", "Other", "Term", "de-DE")]
    public void Classify_LanguageColumn_NamesLanguageAndField(string name, string kind, string field, string language)
    {
        var column = CsvLanguageColumns.Classify(name);

        Assert.Equal((kind, field, language), (column?.Kind.ToString(), column?.Field.ToString(), column?.Language));
    }

    [Theory]
    [InlineData("Entry_ID")]
    [InlineData("Entry_Note")]
    [InlineData("Term_Info")]
    [InlineData("Def")]
    [InlineData("pos")]
    [InlineData("gloss")]
    [InlineData("term status")]
    [InlineData("part of speech")]
    [InlineData("zha")]
    public void Classify_OtherColumns_NameNoLanguage(string name) => Assert.Null(CsvLanguageColumns.Classify(name));

    private static byte[] MemoQExport(char separator, bool bom)
    {
        string Row(string[] cells) => string.Join(separator, cells.Select(c =>
            c.Contains(separator, StringComparison.Ordinal) || c.Contains('"', StringComparison.Ordinal) ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));
        var text = string.Join("\r\n", [Row(MemoQHeader), .. MemoQRows.Select(Row)]) + "\r\n";
        return [.. bom ? (byte[])[0xEF, 0xBB, 0xBF] : [], .. Encoding.UTF8.GetBytes(text)];
    }

    private static TermBase Read(string text) =>
        GlossaryFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "lang.csv", format: GlossaryFormat.Csv);
}
