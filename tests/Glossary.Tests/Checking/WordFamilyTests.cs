using Glossary.Bilingual;
using Glossary.Checking;
using Glossary.Terms;

namespace Glossary.Tests.Checking;

// A translation a reader would accept though it is not the gloss as written: a word between (wash their hands), a
// hyphenated compound (hand-washing), a word of the same family (vaccination for vaccine). Accepting is all these
// do: a discouraged gloss is still found only as written, and another order or another word stays missing.
public sealed class WordFamilyTests
{
    private static readonly TermBase Glossary = new([
        new TermEntry("洗手", ["washing hands"]),
        new TermEntry("疫苗", ["vaccine"]),
        new TermEntry("隔离", ["isolation"]),
        new TermEntry("搜索", ["search"]),
        new TermEntry("文件系统", ["file system"]),
        new TermEntry("程序", ["program"]),
        new TermEntry("新冠爆发", ["COVID-19 outbreak"]),
        new TermEntry("可检测", ["detectable"]),
        new TermEntry("配置", ["configure"]),
        new TermEntry("毒性", ["virulence"]),
        new TermEntry("口罩", ["face mask"]),
        new TermEntry("艾滋病", ["AIDS"]),
        new TermEntry("新冠肺炎", ["COVID"]),
        new TermEntry("社区扩散", ["community spread"]),
        new TermEntry([new Designation("服务器")],
            [new Designation("server") { Status = TermStatus.Preferred }, new Designation("servo") { Status = TermStatus.Forbidden }]),
    ]);

    private static readonly TermBase Dictionary = new([
        new TermEntry("自我隔离", ["to self-isolate"]),
        new TermEntry("程序员", ["programmer"]),
        new TermEntry("社区", ["community"]),
        new TermEntry("扩散", ["to spread"]),
    ]);

    private static List<CheckFinding> Check(string source, string target, bool chineseSource = true) =>
        new TerminologyChecker(Glossary, Dictionary).Check([chineseSource
            ? new TranslationUnit("u", 1, [new UnitText("zh", source), new UnitText("en", target)], [], null)
            : new TranslationUnit("u", 1, [new UnitText("en", source), new UnitText("zh", target)], [], null)]).ToList();

    [Theory]
    [InlineData("勤洗手", "Wash your hands often")]
    [InlineData("勤洗手", "wash their hands")]
    [InlineData("勤洗手", "Hand-washing helps")]
    [InlineData("接种疫苗", "vaccination campaigns")]
    [InlineData("隔离", "patients were isolated")]
    [InlineData("勤洗手", "Hand washing helps")]
    [InlineData("新冠爆发", "since the outbreak of COVID-19")]
    [InlineData("勤洗手", "after application.Hand-washing helps")] // two sentences joined without a space
    [InlineData("新冠肺炎", "b'COVID-19 apps")] // debris before a word
    [InlineData("毒性", "a more virulent strain")]
    [InlineData("口罩", "wear facemasks")]
    [InlineData("勤洗手", "handwashing")]
    public void AnAcceptableRendering_IsNoFinding(string zh, string en) => Assert.Empty(Check(zh, en));

    [Theory]
    [InlineData("文件系统", "the system file")] // another order is another thing
    [InlineData("勤洗手", "washing the dishes with clean hands")] // too far apart to be one phrase
    [InlineData("勤洗手", "hands, washing")] // reversed without being one compound
    [InlineData("搜索", "more research")] // no prefix undone
    [InlineData("程序", "a programmer")] // an agent is not its act
    [InlineData("文件系统", "the system, file")] // inverted without a joint English uses
    [InlineData("新冠爆发", "the outbreak in COVID-19 wards")]
    public void AnotherRendering_IsStillMissing(string zh, string en)
    {
        var finding = Assert.Single(Check(zh, en));

        Assert.Equal(CheckKind.Missing, finding.Check);
    }

    [Theory]
    [InlineData("Please wash your hands.", "wash your hands")]
    [InlineData("Hand-washing helps", "Hand-washing")]
    [InlineData("washing hands and washing hands", "washing hands|washing hands")]
    public void TheAcceptedRange_CoversTheWordsTheTranslatorWrote(string text, string expected)
    {
        var phrase = EnglishPhrase.Of("washing hands")!;

        var ranges = phrase.FindLooselyIn(new EnglishText(text)).Select(r => text.Substring(r.Offset, r.Length));

        Assert.Equal(expected, string.Join('|', ranges));
    }

    [Fact]
    public void ADiscouragedGloss_IsFoundOnlyAsWritten()
    {
        var finding = Assert.Single(Check("重启服务器", "restart the servomotor"));

        Assert.Equal(CheckKind.Missing, finding.Check);
        Assert.Equal(CheckKind.Forbidden, Assert.Single(Check("重启服务器", "restart the servo")).Check);
    }

    [Fact]
    public void ALongerWordOfTheSameFamily_HoldsTheTerm()
    {
        // 自我隔离 is "to self-isolate": isolate and isolation are one family, so 隔离 is a word of it, either way.
        Assert.Empty(Check("self-isolation at home", "在家自我隔离", chineseSource: false));
        Assert.Empty(Check("在家自我隔离", "self-isolation at home"));
    }

    [Fact]
    public void AChineseTarget_MayPutAFewCharactersBetweenTheWordsOfAForm()
    {
        Assert.Empty(Check("regardless of community spread", "不论社区内的扩散情况", chineseSource: false));
        Assert.Single(Check("regardless of community spread", "不论社区里发生的病毒扩散", chineseSource: false));
    }

    [Fact]
    public void AnEnglishSource_HoldsATermOnlyAsWritten_OrInflected()
    {
        // An acronym is a word in capitals: "aid" is not AIDS.
        Assert.Empty(Check("21 countries sent aid", "21 个国家提供了援助", chineseSource: false));
        Assert.Equal("AIDS", Assert.Single(Check("people with AIDS", "患者", chineseSource: false)).Term);

        // KStem stems detectable to detect; the source's "detect" is not the glossary's "detectable".
        Assert.Empty(Check("tests that detect antibodies", "检测抗体的试验", chineseSource: false));
        Assert.Equal("detectable", Assert.Single(Check("a detectable load", "一个负载", chineseSource: false)).Term);
        Assert.Equal("configure", Assert.Single(Check("Configuring the server", "设置服务器", chineseSource: false)).Term);
    }

    [Theory]
    [InlineData("file", "Files", true)]
    [InlineData("configure", "configuring", true)]
    [InlineData("configure", "configured", true)]
    [InlineData("stop", "stopped", true)]
    [InlineData("study", "studies", true)]
    [InlineData("ones", "one's", true)]
    [InlineData("detectable", "detect", false)]
    [InlineData("hospitalize", "hospitalization", false)]
    [InlineData("infect", "infection", false)]
    public void Inflection_IsOneWordInflected(string a, string b, bool inflected)
    {
        Assert.Equal(inflected, Inflection.Of(a, b));
        Assert.Equal(inflected, Inflection.Of(b, a));
    }

    [Theory]
    [InlineData("vaccine", "vaccination", true)]
    [InlineData("infect", "infection", true)]
    [InlineData("isolate", "isolation", true)]
    [InlineData("detect", "detectable", true)]
    [InlineData("file", "file", true)]
    [InlineData("state", "statement", false)]
    [InlineData("search", "research", false)]
    [InlineData("program", "programmer", false)]
    [InlineData("inspect", "inspector", false)]
    [InlineData("general", "generation", false)]
    [InlineData("virulence", "virulent", true)]
    [InlineData("contract", "contrast", false)]
    public void Derivation_RelatesOneFamily(string a, string b, bool related)
    {
        Assert.Equal(related, Derivation.Related(a, b));
        Assert.Equal(related, Derivation.Related(b, a));
    }
}
