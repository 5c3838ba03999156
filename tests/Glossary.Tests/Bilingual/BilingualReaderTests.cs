using System.Text;
using Glossary.Bilingual;
using Glossary.Errors;

namespace Glossary.Tests.Bilingual;

// Our own small files, one behaviour each: which text a unit keeps, in which language order, and what is reported.
public sealed class BilingualReaderTests
{
    private static BilingualDocument Read(string text, BilingualFormat format = BilingualFormat.Auto, bool strict = false, string source = "t") =>
        BilingualFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), source, strict, format);

    [Fact]
    public void Tmx_DropsNativeCode_KeepsHighlightedAndSubText_AndPutsTheSourceLanguageFirst()
    {
        var document = Read(
            """
            <tmx version="1.4"><header srclang="en-US"/><body>
            <tu tuid="7"><note>checked</note><prop type="x-client">ACME</prop>
            <tuv xml:lang="zh-CN"><seg>卡<hi type="b">脖子</hi><ph x="1">&lt;img alt="<sub>图</sub>"&gt;</ph>问题<bpt i="1">&lt;b&gt;</bpt>严重<ept i="1">&lt;/b&gt;</ept></seg></tuv>
            <tuv xml:lang="en-US"><seg>The <it pos="begin">&lt;i&gt;</it>chokehold<ut>{\b}</ut> problem</seg></tuv>
            </tu></body></tmx>
            """, source: "memory.tmx");

        var unit = Assert.Single(document.Units);
        Assert.Equal(BilingualFormat.Tmx, document.Format);
        Assert.Equal("7", unit.Id);
        Assert.Equal([new UnitText("en-US", "The chokehold problem"), new UnitText("zh-CN", "卡脖子图问题严重")], unit.Texts);
        Assert.Equal(["checked", "x-client: ACME"], unit.Notes);
        Assert.Equal("卡脖子图问题严重", unit.Chinese!.Text);
    }

    [Fact]
    public void Tmx11_LanguagesInTheLangAttribute_AndAllAsSourceLanguage()
    {
        var document = Read("""<tmx version="1.1"><header srclang="*all*"/><body><tu><tuv lang="EN"><seg>file</seg></tuv><tuv lang="ZH"><seg>文件</seg></tuv></tu></body></tmx>""");

        Assert.Null(document.SourceLanguage);
        Assert.Equal(["EN", "ZH"], document.Units[0].Texts.Select(t => t.Language));
        Assert.True(document.HasChinese);
    }

    [Fact]
    public void Tmx_AUnitWithoutText_IsSkippedWithAWarning_OrStopsAStrictRead()
    {
        const string text = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu tuid=\"a\"/>\n<tu tuid=\"b\"><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>";

        var document = Read(text, source: "m.tmx");
        var strict = Assert.Throws<GlossaryFormatException>(() => Read(text, strict: true, source: "m.tmx"));

        Assert.Equal(["b"], document.Units.Select(u => u.Id));
        Assert.Equal("m.tmx:2: unit 'a' has no text in any language; unit skipped", Assert.Single(document.Issues).ToString());
        Assert.Equal("m.tmx:2: unit 'a' has no text in any language", strict.Message);
    }

    [Fact]
    public void MalformedXml_NamesFileLineAndColumn_AndKeepsTheUnitsBefore()
    {
        var text = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu><tuv xml:lang=\"en\"><seg>one</seg></tuv></tu>\n<tu><tuv xml:lang=\"en\"><seg>two</tuv></tu></body></tmx>";

        var document = Read(text, source: "broken.tmx");
        var empty = Assert.Throws<GlossaryFormatException>(() => Read("<tmx><body><tu>", source: "cut.tmx"));

        Assert.Single(document.Units);
        var issue = Assert.Single(document.Issues);
        Assert.Equal((3, "broken.tmx"), (issue.Line, issue.File));
        Assert.True(issue.Column > 0);
        Assert.Contains("not well-formed", issue.Reason, StringComparison.Ordinal);
        Assert.StartsWith("cut.tmx:1:", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tmx_ADeclaredEntity_IsRefused_NeverExpanded()
    {
        const string text = """<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>""";

        var error = Assert.Throws<GlossaryFormatException>(() => Read(text));

        Assert.Contains("never expanded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xliff12_SegSourceSegments_AreUnitsOfTheirOwn_MatchedToTargetSegmentsByMid()
    {
        var document = Read(
            """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file source-language="en" target-language="zh-CN" datatype="plaintext" original="a.txt"><body>
            <trans-unit id="p1" approved="yes"><source>One. Two.</source>
            <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two <g id="1">bold</g><x id="2"/>.</mrk></seg-source>
            <target state="translated"><mrk mtype="seg" mid="2">二<g id="1">粗</g>。</mrk><mrk mtype="seg" mid="1">一。</mrk></target></trans-unit>
            <group id="g"><trans-unit id="p2"><source>Untranslated <ph id="1">%s</ph></source><target/></trans-unit></group>
            </body></file></xliff>
            """);

        Assert.Equal(["p1#1", "p1#2", "p2"], document.Units.Select(u => u.Id));
        Assert.Equal([new UnitText("en", "One."), new UnitText("zh-CN", "一。")], document.Units[0].Texts);
        Assert.Equal([new UnitText("en", "Two bold."), new UnitText("zh-CN", "二粗。")], document.Units[1].Texts);
        Assert.Equal("approved", document.Units[0].State);
        Assert.Equal([new UnitText("en", "Untranslated ")], document.Units[2].Texts);
        Assert.Equal(("en", "zh-CN"), (document.SourceLanguage, document.TargetLanguage));
    }

    [Fact]
    public void Xliff2_OneUnitPerSegment_MarkersEmpty_AndTheGlossaryModuleIsATermBase()
    {
        var document = Read(
            """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.0" srcLang="en" trgLang="zh-CN">
            <file id="f"><unit id="u">
            <gls:glossary><gls:glossEntry><gls:term source="x">chokehold</gls:term><gls:translation>卡脖子</gls:translation><gls:definition>control of a supply</gls:definition></gls:glossEntry></gls:glossary>
            <segment id="s1" state="final"><source>A <pc id="1">chokehold</pc><ph id="2"/>.</source><target>一个<pc id="1">卡脖子</pc>。</target></segment>
            <ignorable><source> </source></ignorable>
            <segment id="s2"><source>Tab<cp hex="0009"/>here <sm id="m" type="comment" value="x"/>now<em startRef="m"/></source></segment>
            </unit></file></xliff>
            """);

        Assert.Equal(["u#s1", "u#s2"], document.Units.Select(u => u.Id));
        Assert.Equal([new UnitText("en", "A chokehold."), new UnitText("zh-CN", "一个卡脖子。")], document.Units[0].Texts);
        Assert.Equal("final", document.Units[0].State);
        Assert.Equal([new UnitText("en", "Tab\there now")], document.Units[1].Texts);
        var entry = Assert.Single(document.Terms.Entries);
        Assert.Equal(("卡脖子", "chokehold", "control of a supply"), (entry.Term, entry.Glosses[0], entry.Definition));
    }

    [Fact]
    public void Po_PluralsContextAndFuzzy_AndTheHeaderNamesTheTargetLanguage()
    {
        var document = Read(
            """
            # Translator comment
            msgid ""
            msgstr ""
            "Language: zh_CN\n"
            "Plural-Forms: nplurals=1;\n"

            #. extracted note
            #: src/main.c:12
            #, c-format, fuzzy
            msgctxt "menu"
            msgid "Open %d "
            "file"
            msgid_plural "Open %d files"
            msgstr[0] "打开 %d 个文件"

            msgid "Quit \"now\"\t!"
            msgstr ""

            #~ msgid "old"
            #~ msgstr "旧"
            """, BilingualFormat.Po);

        Assert.Equal(("en", "zh_CN"), (document.SourceLanguage, document.TargetLanguage));
        Assert.Equal(3, document.Units.Count);
        Assert.Equal([new UnitText("en", "Open %d file"), new UnitText("zh_CN", "打开 %d 个文件")], document.Units[0].Texts);
        Assert.Equal([new UnitText("en", "Open %d files")], document.Units[1].Texts);
        Assert.Equal("fuzzy", document.Units[0].State);
        Assert.Equal(["extracted note", "src/main.c:12"], document.Units[0].Notes);
        Assert.Equal("menu\u0004Open %d file[0]", document.Units[0].Id);
        Assert.Equal([new UnitText("en", "Quit \"now\"\t!")], document.Units[2].Texts);
    }

    [Fact]
    public void AlignedText_LanguagesFromAHeader_OrFromTheScriptOfEachColumn()
    {
        var named = Read("en-GB\tzh-TW\nfile\t檔案\nfolder\n", BilingualFormat.AlignedText);
        var guessed = Read("卡脖子\tchokehold\n大交易\tgrand bargain\nbad\tline\textra\n", BilingualFormat.AlignedText, source: "a.tsv");

        Assert.Equal(("en-GB", "zh-TW"), (named.SourceLanguage, named.TargetLanguage));
        Assert.Equal([new UnitText("en-GB", "folder")], named.Units[1].Texts);
        Assert.Equal(("zh", "en"), (guessed.SourceLanguage, guessed.TargetLanguage));
        Assert.Equal(2, guessed.Units.Count);
        Assert.Equal("a.tsv:3: expected two tab-separated columns (source, target); found 3; line skipped", Assert.Single(guessed.Issues).ToString());
    }

    [Fact]
    public void TheFormat_IsTakenFromTheExtension_ThenFromTheContent()
    {
        Assert.Equal(BilingualFormat.Tmx, BilingualFile.FormatOf("memory.TMX"));
        Assert.Equal(BilingualFormat.Xliff, BilingualFile.FormatOf("a.sdlxliff"));
        Assert.Equal(BilingualFormat.Po, BilingualFile.FormatOf("zh_CN.po"));
        Assert.Equal(BilingualFormat.Auto, BilingualFile.FormatOf("notes.txt"));
        Assert.Equal(BilingualFormat.Xliff, Read("<xliff version='2.0' srcLang='en'><file id='f'/></xliff>").Format);
        Assert.Equal(BilingualFormat.Po, Read("msgid \"a\"\nmsgstr \"甲\"\n").Format);
        Assert.Equal(BilingualFormat.AlignedText, Read("a\t甲\n").Format);
        Assert.Throws<GlossaryFormatException>(() => Read("<html><body/></html>"));
    }

    [Fact]
    public void Utf16WithABom_IsReadLikeUtf8()
    {
        const string text = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>file</seg></tuv><tuv xml:lang=\"zh\"><seg>文件</seg></tuv></tu></body></tmx>";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text.Replace("<tmx", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><tmx", StringComparison.Ordinal))).ToArray();

        var document = BilingualFile.Read(new MemoryStream(bytes), "u16.tmx");

        Assert.Equal("文件", document.Units[0].Chinese!.Text);
    }
}
