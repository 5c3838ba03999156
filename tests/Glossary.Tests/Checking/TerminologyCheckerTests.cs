using Glossary.Bilingual;
using Glossary.Checking;
using Glossary.Terms;

namespace Glossary.Tests.Checking;

public sealed class TerminologyCheckerTests
{
    private static readonly TermBase Glossary = new([
        new TermEntry("文件", ["file"]),
        new TermEntry("配置", ["configure"]),
        new TermEntry("文件系统", ["file system"]),
        new TermEntry("程序", ["program"]),
        new TermEntry("积分", ["integral"]),
        new TermEntry("冠状病毒", ["coronavirus"]),
        new TermEntry("武汉", ["Wuhan"]),
        new TermEntry("covid-19", ["COVID-19 disease"]),
        new TermEntry([new Designation("软件") { Status = TermStatus.Preferred }, new Designation("软体") { Status = TermStatus.Deprecated }],
            [new Designation("software") { Status = TermStatus.Preferred }]),
        new TermEntry([new Designation("服务器")],
            [new Designation("server") { Status = TermStatus.Preferred }, new Designation("host") { Status = TermStatus.Admitted },
             new Designation("servo") { Status = TermStatus.Forbidden }]),
    ]);

    // A dictionary that knows the words around the terms: it decides boundaries and obliges nothing.
    private static readonly TermBase Dictionary = new([
        new TermEntry("排程", ["to schedule"]),
        new TermEntry("序列", ["sequence"]),
        new TermEntry("累积", ["to accumulate"]),
        new TermEntry("分布", ["distribution"]),
        new TermEntry("武汉市", ["Wuhan city"]),
        new TermEntry("程序员", ["programmer"]),
    ]);

    private static TranslationUnit ZhEn(string id, string zh, string en, string? state = null) =>
        new(id, 1, [new UnitText("zh-CN", zh), new UnitText("en-US", en)], [], state);

    private static TranslationUnit EnZh(string id, string en, string zh, string? state = null) =>
        new(id, 1, [new UnitText("en", en), new UnitText("zh", zh)], [], state);

    private static List<CheckFinding> Check(params TranslationUnit[] units) =>
        new TerminologyChecker(Glossary, Dictionary).Check(units, "f.tmx").ToList();

    public sealed class Missing
    {
        [Fact]
        public void ChineseTermWithoutItsGloss_IsMissing_WithTheTermHighlighted()
        {
            var finding = Assert.Single(Check(ZhEn("u1", "打开这个文件", "Open this document")));

            Assert.Equal((CheckKind.Missing, "u1", "f.tmx", "文件"), (finding.Check, finding.Unit, finding.File, finding.Term));
            Assert.Equal(["file"], finding.Expected);
            Assert.Null(finding.Found);
            var range = Assert.Single(finding.SourceHighlights);
            Assert.Equal("文件", finding.SourceText.Substring(range.Offset, range.Length));
            Assert.Empty(finding.TargetHighlights);
        }

        [Theory]
        [InlineData("保存文件", "Save the FILES")]
        [InlineData("配置", "Configuring it")]
        [InlineData("配置", "configured")]
        [InlineData("文件系统", "Mount the file systems")]
        [InlineData("冠状病毒", "Coronaviruses are enveloped")]
        public void Inflections_AndCase_Count(string zh, string en) => Assert.Empty(Check(ZhEn("u", zh, en)));

        [Fact]
        public void AMultiWordGloss_IsMatchedAsAPhrase()
        {
            var finding = Assert.Single(Check(ZhEn("u", "文件系统", "the system file")));

            Assert.Equal(("文件系统", CheckKind.Missing), (finding.Term, finding.Check));
        }

        [Fact]
        public void EnglishGlossWithoutTheChineseTerm_IsMissing()
        {
            var finding = Assert.Single(Check(EnZh("u2", "Open the files", "打开档案")));

            Assert.Equal((CheckKind.Missing, "file"), (finding.Check, finding.Term));
            Assert.Equal(["文件"], finding.Expected);
            var range = Assert.Single(finding.SourceHighlights);
            Assert.Equal("files", finding.SourceText.Substring(range.Offset, range.Length));
        }

        [Fact]
        public void EnglishGlossWithTheChineseTerm_IsFine() => Assert.Empty(Check(EnZh("u", "Open the files", "打开文件")));

        [Fact]
        public void AnEnglishTermSeveralEntriesGloss_IsTranslatedByAnyOfTheirForms()
        {
            var glossary = new TermBase([new TermEntry("感染", ["infection"]), new TermEntry("传染", ["infection"])]);
            var checker = new TerminologyChecker(glossary);

            Assert.Empty(checker.Check([EnZh("u1", "an infection", "传染")]));
            Assert.Equal(["感染", "传染"], Assert.Single(checker.Check([EnZh("u2", "an infection", "疾病")])).Expected);
        }

        [Fact]
        public void AFindingIsNamedByTheGlossTheSourceWrites_AmongGlossesWithOneStem()
        {
            var checker = new TerminologyChecker(new TermBase([new TermEntry("感染", ["infect", "infection"])]));

            Assert.Equal("infection", Assert.Single(checker.Check([EnZh("u", "an Infection", "疾病")])).Term);
        }

        [Fact]
        public void AnAdmittedTranslation_Satisfies() => Assert.Empty(Check(ZhEn("u", "服务器", "the host")));
    }

    public sealed class Forbidden
    {
        [Fact]
        public void AForbiddenGloss_IsNamedWithTheReplacement_AndNotAlsoMissing()
        {
            var finding = Assert.Single(Check(ZhEn("u", "服务器", "the servo")));

            Assert.Equal((CheckKind.Forbidden, "servo", "forbidden"), (finding.Check, finding.Found, finding.Detail));
            Assert.Equal(["server", "host"], finding.Expected);
            var range = Assert.Single(finding.TargetHighlights);
            Assert.Equal("servo", finding.TargetText.Substring(range.Offset, range.Length));
        }

        [Fact]
        public void ADeprecatedChineseVariant_InAChineseTarget_IsFound()
        {
            var finding = Assert.Single(Check(EnZh("u", "Install the software", "安装软体")));

            Assert.Equal((CheckKind.Forbidden, "软体", "deprecated"), (finding.Check, finding.Found, finding.Detail));
            Assert.Equal(["软件"], finding.Expected);
        }
    }

    public sealed class Inconsistent
    {
        [Fact]
        public void OneTermRenderedTwoWays_ListsTheVariantsAndTheirUnits()
        {
            var findings = Check(
                ZhEn("u1", "服务器", "the server"),
                ZhEn("u2", "服务器", "a host"),
                ZhEn("u3", "服务器", "Servers"));

            var finding = Assert.Single(findings);
            Assert.Equal((CheckKind.Inconsistent, "u2", "host"), (finding.Check, finding.Unit, finding.Found));
            Assert.Equal(["server"], finding.Expected);
            Assert.Equal([("server", "u1,u3"), ("host", "u2")], finding.Variants.Select(v => (v.Text, string.Join(',', v.Units))));
        }

        [Fact]
        public void BothDirections_AreTalliedApart()
        {
            Assert.Empty(Check(ZhEn("u1", "服务器", "the server"), EnZh("u2", "the host", "服务器")));
        }
    }

    public sealed class WordBoundaries
    {
        [Theory]
        [InlineData("排程序列", "schedule sequence")]
        [InlineData("累积分布", "cumulative distribution")]
        public void ATermInsideLongerWords_IsNoOccurrence(string zh, string en) => Assert.Empty(Check(ZhEn("u", zh, en)));

        [Fact]
        public void WithoutTheDictionary_TheTermIsAnOccurrence()
        {
            var findings = new TerminologyChecker(Glossary).Check([ZhEn("u", "排程序列", "schedule sequence")]).ToList();

            Assert.Equal("程序", Assert.Single(findings).Term);
        }

        [Fact]
        public void ATargetOccurrenceInsideLongerWords_DoesNotCount_AndTheDetailSaysSo()
        {
            var finding = Assert.Single(Check(EnZh("u", "the program", "排程序列")));

            Assert.Equal(CheckKind.Missing, finding.Check);
            Assert.Equal("程序 inside 排程|序列", finding.Detail);
        }

        [Fact]
        public void AWordOfItsOwn_Counts() => Assert.Empty(Check(EnZh("u", "the program", "这个程序")));

        [Fact]
        public void ALongerWordWhoseEnglishSaysTheTerms_HoldsItAsAWord()
        {
            // 武汉市 is "Wuhan city": Wuhan is rendered, on either side.
            Assert.Empty(Check(EnZh("u", "the city of Wuhan", "武汉市封城")));
            Assert.Empty(Check(ZhEn("u", "武汉市封城", "Wuhan was locked down")));
        }

        [Fact]
        public void ALongerWordWhoseEnglishDoesNotSayTheTerms_IsAnotherWord()
        {
            // 程序员 is "programmer", not a program.
            var finding = Assert.Single(Check(EnZh("u", "the program", "这位程序员")));

            Assert.Equal("程序 inside 程序员", finding.Detail);
        }

        [Fact]
        public void LatinLettersInAChineseSideForm_CompareWithoutCase() =>
            Assert.Empty(Check(EnZh("u", "the COVID-19 disease", "COVID-19 疫苗")));
    }

    public sealed class States
    {
        [Theory]
        [InlineData("fuzzy", UnitState.NeedsReview)]
        [InlineData("needs-review-translation", UnitState.NeedsReview)]
        [InlineData("initial", UnitState.NeedsReview)]
        [InlineData("translate=no", UnitState.NotForTranslation)]
        [InlineData("final", UnitState.Translated)]
        [InlineData(null, UnitState.Translated)]
        public void TheStateDecides(string? state, UnitState expected) =>
            Assert.Equal(expected, TerminologyChecker.StateOf(ZhEn("u", "文件", "x", state)));

        [Fact]
        public void AUnitWithoutTarget_IsUntranslated() =>
            Assert.Equal(UnitState.Untranslated, TerminologyChecker.StateOf(new TranslationUnit("u", 1, [new UnitText("zh", "文件")], [], null)));

        [Fact]
        public void AnotherLanguagePair_IsNeverChecked() =>
            Assert.Equal(UnitState.OtherLanguages, TerminologyChecker.StateOf(new TranslationUnit("u", 1, [new UnitText("fr", "fichier"), new UnitText("de", "Datei")], [], null)));

        [Fact]
        public void SkippedStates_AreSkippedByDefault_AndEachCanBeIncluded()
        {
            TranslationUnit[] units = [ZhEn("fuzzy", "文件", "x", "fuzzy"), ZhEn("no", "文件", "x", "translate=no"), new("empty", 1, [new UnitText("zh", "文件")], [], null)];

            Assert.Empty(Check(units));
            Assert.Equal(["fuzzy"], Units(new CheckOptions { IncludeNeedsReview = true }, units));
            Assert.Equal(["no"], Units(new CheckOptions { IncludeNotForTranslation = true }, units));
            Assert.Equal(["empty"], Units(new CheckOptions { IncludeUntranslated = true }, units));
        }

        private static List<string> Units(CheckOptions options, TranslationUnit[] units) =>
            new TerminologyChecker(Glossary, Dictionary, options).Check(units).Select(f => f.Unit).ToList();
    }

    [Fact]
    public void OnlyTheChecksAsked_Run()
    {
        var checker = new TerminologyChecker(Glossary, Dictionary, new CheckOptions { Checks = [CheckKind.Forbidden] });

        var findings = checker.Check([ZhEn("u1", "文件", "document"), ZhEn("u2", "服务器", "servo")]).ToList();

        Assert.Equal([CheckKind.Forbidden], findings.Select(f => f.Check));
    }
}
