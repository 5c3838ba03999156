using System.Text;
using Glossary.Dictionaries;
using Glossary.Formats;
using Glossary.Errors;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Tests.Formats;

// Inputs real users send that once went wrong: each test pins the behaviour that replaced the wrong one.
public sealed class FormatEdgeCaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-edge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Utf8FileWithOneStrayByte_IsAnErrorAtThatByte_NotGb18030Garbage()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("芯片\tchip\n出口\texport\nna"), 0xEF, .. "ve\tnaive\n"u8];
        var path = Write("stray.tsv", bytes);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.Contains($"byte offset {Array.IndexOf(bytes, (byte)0xEF)}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16LittleEndianWithoutBom_ChineseOnly_IsRead()
    {
        var path = Write("utf16.tsv", Encoding.Unicode.GetBytes("卡脖子\t扼喉\n"));

        Assert.Equal(("卡脖子", "扼喉"), (GlossaryFile.Load(path).Entries.Single().Term, GlossaryFile.Load(path).Entries.Single().Glosses[0]));
    }

    [Theory]
    [InlineData("not permitted", TermStatus.Forbidden)]
    [InlineData("disallowed", TermStatus.Forbidden)]
    [InlineData("non-preferred", TermStatus.Deprecated)]
    [InlineData("not preferred", TermStatus.Deprecated)]
    [InlineData("preferredTerm-admn-sts", TermStatus.Preferred)]
    [InlineData("supersededTerm-admn-sts", TermStatus.Deprecated)]
    [InlineData("admitted", TermStatus.Admitted)]
    public void StatusWords_NegationsAreNotReadAsTheirPositive(string word, TermStatus expected)
    {
        Assert.Equal(expected, StatusNames.Parse(word));
    }

    [Fact]
    public void Tbx_DeclaringGb2312_IsDecodedAsDeclared()
    {
        var xml = """
            <?xml version="1.0" encoding="GB2312"?>
            <martif type="TBX"><text><body><termEntry id="c1">
            <langSet xml:lang="zh-CN"><tig><term>卡脖子</term></tig></langSet>
            <langSet xml:lang="en"><tig><term>chokehold</term></tig></langSet>
            </termEntry></body></text></martif>
            """;
        var path = Write("gb.tbx", CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(xml));

        Assert.Equal("卡脖子", GlossaryFile.Load(path).Entries.Single().Term);
    }

    [Fact]
    public void Csv_WithExcelsSepLineAndALeadingBlankLine_IsRead()
    {
        var path = Write("excel.csv", Encoding.UTF8.GetBytes("sep=;\n\nterm;gloss\n卡脖子;chokehold\n"));

        Assert.Equal("chokehold", GlossaryFile.Load(path).Find("卡脖子")!.Glosses.Single());
        Assert.Empty(GlossaryFile.Load(path).Issues);
    }

    [Fact]
    public void Strict_ErrorSaysWhatIsWrong_NotThatTheLineWasSkipped()
    {
        var path = Write("bad.tsv", Encoding.UTF8.GetBytes("卡脖子\tchokehold\nno tab\n"));

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path, strict: true));

        Assert.DoesNotContain("skipped", error.Message, StringComparison.Ordinal);
        Assert.Contains("skipped", GlossaryFile.Load(path).Issues.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Save_KeepsTheTargetsPermissions_AndWritesThroughASymbolicLink()
    {
        Assert.False(OperatingSystem.IsWindows(), "This test checks Unix file modes; the project's CI runs on Linux.");
        var target = Write("private.tsv", Encoding.UTF8.GetBytes("旧\told\n"));
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var link = Path.Combine(_folder, "link.tsv");
        File.CreateSymbolicLink(link, target);

        GlossaryFile.Save(SampleCorpus.Glossary, link);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(SampleCorpus.Glossary.Entries.Count, GlossaryFile.Load(target).Entries.Count);
    }

    [Fact]
    public void CcCedict_MainReadingComesFirst_PointersAndProperNamesAfter()
    {
        Assert.Equal("le", CcCedict.Dictionary.Find("了")!.Pinyin);
        Assert.Equal("yǔ", CcCedict.Dictionary.Find("与")!.Pinyin);
        Assert.All(CcCedict.Dictionary.FindAll("与").Skip(1), e => Assert.NotEqual("yǔ", e.Pinyin));
    }

    [Fact]
    public void Entry_CopiesTheListsItIsGiven()
    {
        var glosses = new List<Designation> { new("chokehold") };
        var entry = new TermEntry([new Designation("卡脖子")], glosses);

        glosses[0] = new Designation("changed");

        Assert.Equal("chokehold", entry.Glosses.Single());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
