using System.Text;
using Glossary.Bilingual;
using Glossary.Errors;

namespace Glossary.Tests.Bilingual;

// The XLIFF 2 core constraints, one small file of our own each: the broken file gives a warning naming what it breaks,
// and its mended twin, differing only there, gives none (so each warning is owed to the rule, not to the rest of the file).
public sealed class Xliff2ChecksTests
{
    private const string Open = """<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:my="urn:example:my" xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" version="2.0" srcLang="en" trgLang="zh-CN">""";

    // Rows: what the file holds in <file id="f">, broken and mended, and a fragment of the warning.
    public static TheoryData<string, string, string> Rules() => new()
    {
        // Ids that are required, and unique in their scope.
        { """<group><unit id="u"><segment><source>a</source></segment></unit></group>""", """<group id="g"><unit id="u"><segment><source>a</source></segment></unit></group>""", "the <group> has no id" },
        { """<unit><segment><source>a</source></segment></unit>""", """<unit id="u"><segment><source>a</source></segment></unit>""", "the <unit> has no id" },
        { """<group id="g"><group id="g"><unit id="u"><segment><source>a</source></segment></unit></group></group>""", """<group id="g"><group id="h"><unit id="u"><segment><source>a</source></segment></unit></group></group>""", "the group id 'g' is used twice in one <file>" },
        { """<unit id="u"><segment><source>a</source></segment></unit><group id="g"><unit id="u"><segment><source>b</source></segment></unit></group>""", """<unit id="u"><segment><source>a</source></segment></unit><group id="g"><unit id="v"><segment><source>b</source></segment></unit></group>""", "the unit id 'u' is used twice in one <file>" },
        { """<notes><note id="n">x</note><note id="n">y</note></notes><unit id="u"><segment><source>a</source></segment></unit>""", """<notes><note id="n">x</note><note id="m">y</note></notes><unit id="u"><segment><source>a</source></segment></unit>""", "the note id 'n' is used twice in one <notes>" },
        { """<unit id="u"><originalData><data id="d">x</data><data id="d">y</data></originalData><segment><source><ph id="1" dataRef="d"/></source></segment></unit>""", """<unit id="u"><originalData><data id="d">x</data><data id="e">y</data></originalData><segment><source><ph id="1" dataRef="d"/></source></segment></unit>""", "the data id 'd' is used twice in one <originalData>" },
        { """<unit id="u"><segment id="s"><source>a</source></segment><ignorable id="s"><source> </source></ignorable></unit>""", """<unit id="u"><segment id="s"><source>a</source></segment><ignorable id="i"><source> </source></ignorable></unit>""", "the id 's' of <ignorable> is used twice in one <unit>" },
        { """<unit id="u"><segment id="1"><source>a<ph id="1"/></source></segment></unit>""", """<unit id="u"><segment id="s1"><source>a<ph id="1"/></source></segment></unit>""", "the id '1' of <ph> is used twice in one <unit>" },
        { """<unit id="u"><segment><source><ph id="1"/></source><target><ph id="1"/><ph id="1"/></target></segment></unit>""", """<unit id="u"><segment><source><ph id="1"/></source><target><ph id="1"/><ph id="2"/></target></segment></unit>""", "the id '1' of <ph> is used twice in the targets of one <unit>" },
        { """<my:a><my:b id="x"/><my:b xml:id="x"/></my:a><unit id="u"><segment><source>a</source></segment></unit>""", """<my:a><my:b id="x"/></my:a><my:c><my:b xml:id="x"/></my:c><unit id="u"><segment><source>a</source></segment></unit>""", "the id 'x' of <my:b> is used twice among its sibling elements" },

        // Required content, and the skeleton.
        { """<unit id="u"><segment><source>a</source></segment><ignorable><target> </target></ignorable></unit>""", """<unit id="u"><segment><source>a</source></segment><ignorable><source> </source></ignorable></unit>""", "the <ignorable> has no <source>" },
        { """<skeleton/><unit id="u"><segment><source>a</source></segment></unit>""", """<skeleton href="a.skl"/><unit id="u"><segment><source>a</source></segment></unit>""", "the <skeleton> is empty and has no href" },
        { """<skeleton href="a.skl">text</skeleton><unit id="u"><segment><source>a</source></segment></unit>""", """<skeleton>text</skeleton><unit id="u"><segment><source>a</source></segment></unit>""", "the <skeleton> has both an href and content" },

        // Start and end codes, start and end markers.
        { """<unit id="u"><segment><source><ec startRef="1"/>a<sc id="1"/></source></segment></unit>""", """<unit id="u"><segment><source><sc id="1"/>a<ec startRef="1"/></source></segment></unit>""", "<ec startRef='1'> comes before the <sc id='1'> it closes" },
        { """<unit id="u"><segment><source><sc id="1"/>a<ec startRef="2"/></source></segment></unit>""", """<unit id="u"><segment><source><sc id="2"/>a<ec startRef="2"/></source></segment></unit>""", "<ec startRef='2'> closes no <sc id='2'> of its unit" },
        { """<unit id="u"><segment><source><sc id="1"/>a<ec startRef="1"/>b<ec startRef="1"/></source></segment></unit>""", """<unit id="u"><segment><source><sc id="1"/>a<ec startRef="1"/>b</source></segment></unit>""", "<ec startRef='1'> closes <sc id='1'> a second time" },
        { """<unit id="u"><segment><source><sc id="1"/>a</source></segment></unit>""", """<unit id="u"><segment><source><sc id="1" isolated="yes"/>a</source></segment></unit>""", "the <sc id='1'> is not isolated, but no <ec> of its unit closes it" },
        { """<unit id="u"><segment><source>a<ec id="1" isolated="yes" startRef="1"/></source></segment></unit>""", """<unit id="u"><segment><source>a<ec id="1" isolated="yes"/></source></segment></unit>""", "the isolated <ec> has a startRef ('1')" },
        { """<unit id="u"><segment><source>a<ec isolated="yes"/></source></segment></unit>""", """<unit id="u"><segment><source>a<ec id="1" isolated="yes"/></source></segment></unit>""", "the isolated <ec> has no id" },
        { """<unit id="u"><segment><source><sc id="1"/>a<ec id="2" startRef="1"/></source></segment></unit>""", """<unit id="u"><segment><source><sc id="1"/>a<ec startRef="1"/></source></segment></unit>""", "the <ec> with id '2' is not isolated" },
        { """<unit id="u"><segment><source><sc id="1"/>a<ec/></source></segment></unit>""", """<unit id="u"><segment><source><sc id="1"/>a<ec startRef="1"/></source></segment></unit>""", "the <ec> has no startRef" },
        { """<unit id="u"><segment><source><em startRef="m"/>a<sm id="m" translate="no"/></source></segment></unit>""", """<unit id="u"><segment><source><sm id="m" translate="no"/>a<em startRef="m"/></source></segment></unit>""", "<em startRef='m'> comes before the <sm id='m'> it closes" },
        { """<unit id="u"><segment><source><sm id="m" translate="no"/>a<em startRef="n"/></source></segment></unit>""", """<unit id="u"><segment><source><sm id="n" translate="no"/>a<em startRef="n"/></source></segment></unit>""", "<em startRef='n'> closes no <sm id='n'> of its unit" },
        { """<unit id="u"><segment><source><sm id="m" translate="no"/>a</source></segment></unit>""", """<unit id="u"><segment><source><sm id="m" translate="no"/>a<em startRef="m"/></source></segment></unit>""", "the <sm id='m'> is never closed by an <em> of its unit" },

        // Original data and copies of codes.
        { """<unit id="u"><segment><source><ph id="1" dataRef="d"/></source></segment></unit>""", """<unit id="u"><originalData><data id="d">x</data></originalData><segment><source><ph id="1" dataRef="d"/></source></segment></unit>""", "the dataRef 'd' of <ph id='1'> points to no <data>" },
        { """<unit id="u"><originalData><data id="d">x</data></originalData><segment><source><pc id="1" dataRefStart="e" dataRefEnd="d">a</pc></source></segment></unit>""", """<unit id="u"><originalData><data id="d">x</data><data id="e">y</data></originalData><segment><source><pc id="1" dataRefStart="e" dataRefEnd="d">a</pc></source></segment></unit>""", "the dataRefStart 'e' of <pc id='1'> points to no <data>" },
        { """<unit id="u"><originalData><data id="d">x</data></originalData><segment><source><pc id="1" dataRefStart="d" dataRefEnd="e">a</pc></source></segment></unit>""", """<unit id="u"><originalData><data id="d">x</data><data id="e">y</data></originalData><segment><source><pc id="1" dataRefStart="d" dataRefEnd="e">a</pc></source></segment></unit>""", "the dataRefEnd 'e' of <pc id='1'> points to no <data>" },
        { """<unit id="u"><segment><source><ph id="1"/><ph id="2" copyOf="3"/></source></segment></unit>""", """<unit id="u"><segment><source><ph id="1"/><ph id="2" copyOf="1"/></source></segment></unit>""", "the copyOf '3' of <ph id='2'> points to no code of the unit" },
        { """<unit id="u"><segment><source><ph id="1" canCopy="no"/><ph id="2" copyOf="1"/></source></segment></unit>""", """<unit id="u"><segment><source><ph id="1" canCopy="yes"/><ph id="2" copyOf="1"/></source></segment></unit>""", "<ph id='2'> is a copy of <ph id='1'>, which is marked canCopy=\"no\"" },
        { """<unit id="u"><originalData><data id="d">x</data></originalData><segment><source><ph id="1" dataRef="d"/><ph id="2" copyOf="1" dataRef="d"/></source></segment></unit>""", """<unit id="u"><originalData><data id="d">x</data></originalData><segment><source><ph id="1" dataRef="d"/><ph id="2" copyOf="1"/></source></segment></unit>""", "<ph id='2'> has both copyOf and dataRef" },

        // Comment annotations.
        { """<unit id="u"><notes><note id="n">x</note></notes><segment><source><mrk id="m" type="comment" value="c" ref="#n=n">a</mrk></source></segment></unit>""", """<unit id="u"><notes><note id="n">x</note></notes><segment><source><mrk id="m" type="comment" value="c">a</mrk></source></segment></unit>""", "has both a value and a ref" },
        { """<unit id="u"><segment><source><sm id="m" type="comment"/>a<em startRef="m"/></source></segment></unit>""", """<unit id="u"><segment><source><sm id="m" type="comment" value="c"/>a<em startRef="m"/></source></segment></unit>""", "the comment annotation <sm id='m'> has neither a value nor a ref" },
        { """<unit id="u"><notes><note id="n">x</note></notes><segment><source><mrk id="m" type="comment" ref="#n">a</mrk></source></segment></unit>""", """<unit id="u"><notes><note id="n">x</note></notes><segment><source><mrk id="m" type="comment" ref="#n=n">a</mrk></source></segment></unit>""", "refers to '#n', which is not a note of its unit" },
        { """<notes><note id="n">x</note></notes><unit id="u"><segment><source><mrk id="m" type="comment" ref="#f=f/n=n">a</mrk></source></segment></unit>""", """<unit id="u"><notes><note id="n">x</note></notes><segment><source><mrk id="m" type="comment" ref="#f=f/u=u/n=n">a</mrk></source></segment></unit>""", "refers to '#f=f/n=n', which is not a note of its unit" },

        // White space and direction.
        { """<unit id="u"><segment><source xml:space="preserve">a </source><target>b </target></segment></unit>""", """<unit id="u"><segment><source xml:space="preserve">a </source><target xml:space="preserve">b </target></segment></unit>""", "the <target> treats white space as 'default' but its <source> as 'preserve'" },
        { """<unit id="u" xml:space="preserve"><segment><source>a </source><target xml:space="default">b </target></segment></unit>""", """<unit id="u" xml:space="preserve"><segment><source>a </source><target>b </target></segment></unit>""", "the <target> treats white space as 'default' but its <source> as 'preserve'" },
        { """<unit id="u"><segment><source>a</source><target dir="rtl">b</target></segment></unit>""", """<unit id="u" trgDir="rtl"><segment><source>a</source><target>b</target></segment></unit>""", "<target> has no dir attribute in XLIFF 2" },
        { """<unit id="u" srcDir="up"><segment><source>a</source></segment></unit>""", """<unit id="u" srcDir="ltr"><segment><source>a</source></segment></unit>""", "srcDir=\"up\" on <unit> is not a direction" },
        { """<unit id="u"><segment><source><pc id="1" dir="down">a</pc></source></segment></unit>""", """<unit id="u"><segment><source><pc id="1" dir="auto">a</pc></source></segment></unit>""", "dir=\"down\" on <pc> is not a direction" },

        // Extension attributes: only where the core takes them; module attributes are never reported.
        { """<unit id="u"><segment><source><pc id="1" my:x="y">a</pc></source></segment></unit>""", """<unit id="u" my:x="y"><segment><source><pc id="1" fs:fs="b">a</pc></source></segment></unit>""", "the attribute x of namespace 'urn:example:my' is not allowed on <pc>" },
        { """<unit id="u"><segment my:x="y"><source>a</source></segment></unit>""", """<unit id="u"><segment><source><mrk id="m" translate="no" my:x="y">a</mrk></source></segment></unit>""", "the attribute x of namespace 'urn:example:my' is not allowed on <segment>" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void ABrokenConstraint_IsAWarning_AndItsMendedTwin_GivesNone(string broken, string mended, string reason)
    {
        var warnings = Read(File(broken)).Issues.Select(i => i.Reason).ToList();
        var none = Read(File(mended)).Issues;

        Assert.True(warnings.Any(w => w.Contains(reason, StringComparison.Ordinal) && w.EndsWith("; read as it is", StringComparison.Ordinal)),
            $"expected \"{reason}\"; got:\n{string.Join("\n", warnings)}");
        Assert.True(none.Count == 0, string.Join("\n", none));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ABrokenConstraint_StopsAStrictRead_AtTheFirstWarning(string broken, string mended, string reason)
    {
        var warnings = Read(File(broken)).Issues;

        var error = Assert.Throws<GlossaryFormatException>(() => Read(File(broken), strict: true));
        var read = Read(File(mended), strict: true);

        Assert.Contains(warnings, w => w.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(warnings[0].Reason, $"{error.Issue.Reason}; read as it is");
        Assert.Equal((warnings[0].Line, warnings[0].Column), (error.Issue.Line, error.Issue.Column));
        Assert.NotEmpty(read.Units);
    }

    [Theory]
    [InlineData("canCopy", "no", "yes")]
    [InlineData("canDelete", "no", "yes")]
    [InlineData("canOverlap", "no", "yes")]
    [InlineData("canReorder", "no", "yes")]
    [InlineData("copyOf", "a", "b")]
    [InlineData("dir", "rtl", "ltr")]
    [InlineData("type", "fmt", "ui")]
    [InlineData("subType", "my:b", "my:i")]
    public void AnEndCode_AgreesWithItsStartCode(string attribute, string start, string end)
    {
        const string Unit = """<unit id="u"><segment><source><ph id="a"/><ph id="b"/><sc id="1" NAME="START"/>x</source></segment><segment><source>y<ec startRef="1" NAME="END"/></source></segment></unit>""";
        string With(string value) => File(Unit.Replace("NAME", attribute, StringComparison.Ordinal).Replace("START", start, StringComparison.Ordinal).Replace("END", value, StringComparison.Ordinal));

        var differing = Read(With(end)).Issues;
        var agreeing = Read(With(start)).Issues;

        Assert.Equal($"<ec startRef='1'> has {attribute}=\"{end}\" where its <sc> asks for \"{start}\"; an end code agrees with its start code; read as it is", Assert.Single(differing).Reason);
        Assert.Empty(agreeing);
    }

    [Fact]
    public void AnXmlSpaceOtherThanDefaultOrPreserve_IsRefusedByTheXmlReaderItself()
    {
        var error = Assert.Throws<GlossaryFormatException>(() => Read(File("""<unit id="u"><segment><source xml:space="keep">a</source></segment></unit>""")));

        Assert.Contains("'keep' is an invalid xml:space value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileIds_AreRequired_AndUniqueInTheDocument()
    {
        var missing = Read($"""{Open}<file><unit id="u"><segment><source>a</source></segment></unit></file></xliff>""");
        var twice = Read($"""{Open}<file id="f"><unit id="u"><segment><source>a</source></segment></unit></file><file id="f"><unit id="u"><segment><source>b</source></segment></unit></file></xliff>""");
        var apart = Read($"""{Open}<file id="f"><unit id="u"><segment><source>a</source></segment></unit></file><file id="g"><unit id="u"><segment><source>b</source></segment></unit></file></xliff>""");

        Assert.Equal("the <file> has no id (XLIFF 2 requires one); read as it is", Assert.Single(missing.Issues).Reason);
        Assert.Equal("the file id 'f' is used twice in one <xliff>; read as it is", Assert.Single(twice.Issues).Reason);
        Assert.Empty(apart.Issues);
        Assert.Equal(2, apart.Units.Count);
    }

    [Fact]
    public void AWarning_NamesTheFileLineAndColumn_OfTheElementOrAttribute()
    {
        var document = Read(
            $"""
            {Open}
            <file id="f"><unit id="u">
              <segment><source>a <pc id="1"
                my:x="y">b</pc></source></segment>
              <segment><source><ec startRef="9"/></source></segment>
            </unit></file></xliff>
            """, source: "m.xlf");

        Assert.Equal(
            [
                "m.xlf:4:5: the attribute x of namespace 'urn:example:my' is not allowed on <pc>; XLIFF 2 takes extension attributes only on xliff, file, group, unit, note, mrk and sm; read as it is",
                "m.xlf:5:21: <ec startRef='9'> closes no <sc id='9'> of its unit; read as it is",
            ],
            document.Issues.Select(i => i.ToString()));
    }

    [Fact]
    public void TargetsArePairedInTheOrderTheyAreRead_WhichOrderMayChange()
    {
        const string Reordered = """<unit id="u"><segment><source><sc id="1"/>a</source><target order="2"><ec startRef="1"/>b</target></segment><segment><source>c<ec startRef="1"/></source><target order="1"><sc id="1"/>d</target></segment></unit>""";

        var reordered = Read(File(Reordered));
        var inDocumentOrder = Read(File(Reordered.Replace(" order=\"2\"", string.Empty, StringComparison.Ordinal).Replace(" order=\"1\"", string.Empty, StringComparison.Ordinal)));

        Assert.Empty(reordered.Issues);
        Assert.Contains(inDocumentOrder.Issues, i => i.Reason.StartsWith("<ec startRef='1'> comes before the <sc id='1'> it closes", StringComparison.Ordinal));
    }

    [Fact]
    public void CanReorderFirstNo_OnAStartCode_AsksForNo_OnItsEndCode()
    {
        const string Pair = """<unit id="u"><segment><source><sc id="1" canCopy="no" canDelete="no" canReorder="firstNo"/>a<ec startRef="1" canCopy="no" canDelete="no" canReorder="END"/></source></segment></unit>""";

        var agreeing = Read(File(Pair.Replace("END", "no", StringComparison.Ordinal)));
        var repeating = Read(File(Pair.Replace("END", "firstNo", StringComparison.Ordinal)));

        Assert.Empty(agreeing.Issues);
        Assert.Contains("has canReorder=\"firstNo\" where its <sc> asks for \"no\"", Assert.Single(repeating.Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Xliff12_IsNotHeldToTheRulesOfXliff2()
    {
        var document = Read(
            """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="zh-CN" datatype="plaintext" original="x">
            <body><group><trans-unit id="1"><source dir="rtl">a</source><target>b</target></trans-unit></group></body></file></xliff>
            """);

        Assert.Empty(document.Issues);
        Assert.Single(document.Units);
    }

    private static string File(string content) => $"""{Open}<file id="f">{content}</file></xliff>""";

    private static BilingualDocument Read(string text, bool strict = false, string source = "t.xlf") =>
        BilingualFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), source, strict, BilingualFormat.Xliff);
}
