using System.Text;
using System.Text.RegularExpressions;
using Glossary.Errors;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Testing;

namespace Glossary.Tests.Spin;

// The context model, spinner families, per-paragraph verdicts and the learned table, on tables and texts written for
// these tests (the development material of spun web text is never copied here).
public sealed partial class SpinContextTests
{
    // Two fingerprints of family "classic" and real words of two families. The real-word pairs are learned (they name a
    // source), so the context decides them.
    private static readonly SpinTable Table = Read(
        "经由过程\t通过\tnon-word\tverified\t\t\tfingerprint\tclassic\ttest:1×1",
        "设置装备摆设\t配置\tnon-word\tverified\t\t\tfingerprint\tclassic\ttest:1×1",
        "体系\t系统\treal word\tverified\t\t\t\tclassic\ttest:1×1 test:3×1",
        "应用\t使用\treal word\tverified\t\t\t\tother\ttest:2×1",
        "若是\t如果\treal word\tverified\t\t\t\tother\ttest:2×1");

    // A spun abstract of my own: three fingerprints of two forms, and 体系 inside 操作体系 (spun) and 理论体系 (genuine).
    private const string Spun = "经由过程设置装备摆设文件，可以在操作体系启动时经由过程脚本加载这套理论体系。";

    [Fact]
    public void RealWord_IsRestored_OnlyWhereTheContextMakesTheOriginalFarMoreLikely()
    {
        var report = Table.Analyze(Spun);
        var restored = report.Restore();

        Assert.Equal(SpinVerdict.Spun, report.Verdict);
        Assert.Contains("操作系统启动", restored.Text, StringComparison.Ordinal);
        Assert.Contains("理论体系", restored.Text, StringComparison.Ordinal);
        Assert.Equal(Scan.Count(Spun, "经由过程"), Scan.Count(restored.Text, "通过"));
        Assert.Equal(0, Scan.Count(restored.Text, "设置装备摆设"));

        // Every replacement maps back to the form as written, character for character around it.
        foreach (var replacement in restored.Replacements)
        {
            Assert.Equal(replacement.Substitution.Spun, Spun.Substring(replacement.Substitution.Offset, replacement.Substitution.Length));
        }
    }

    [Fact]
    public void RealWord_CommonInCleanText_NeedsAnOverwhelmingContext_ATypicalSpinnerWordLittle()
    {
        // 应用 is common in clean text (weight 0.5): faint context leaves it; 如许 is a spinner's word (weight 6).
        var table = WithClassicFingerprints(
            "应用\t使用\treal word\tverified\t\t\tevidence:0.5\tclassic\ttest:1×1 test:3×1",
            "如许\t这样\treal word\tverified\t\t\tevidence:6\tclassic\ttest:1×1 test:3×1");

        var restored = table.Analyze(Spun + "\n这个应用很好用，如许做就行，经由过程测试。").Restore().Text;

        Assert.Contains("这个应用很好用", restored, StringComparison.Ordinal);
        Assert.Contains("这样做就行", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void RealWord_IsRestoredWhereItsCompanyCallsForTheOriginal_AndLeftWhereItReadsAsWritten()
    {
        // 经过 and 通过 are both common words, which frequencies alone cannot tell apart (the original is 0.8 likelier in
        // every context: never restored); 通过 is what goes before 命令 ("by means of a command"), 经过 what goes before a
        // stretch of time ("after a while") and what one does to a bridge.
        var table = WithClassicFingerprints(
            "经过\t通过\treal word\tverified\t\t\tevidence:3\tclassic\ttest:1×1 test:3×1");

        var restored = table.Analyze(Spun + "\n可以经过命令安装。经过一段时间，他经过了那座桥。").Restore().Text;

        Assert.Contains("可以通过命令安装", restored, StringComparison.Ordinal);
        Assert.Contains("经过一段时间，他经过了那座桥", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void PhraseCleanTextWrites_IsDecidedByItsCompany_NotByFrequenciesAlone()
    {
        // 这样的 is no dictionary word (the learner calls it a non-word), yet clean Chinese writes it all the time: by
        // frequencies alone 这种 (one word) reads e^5 likelier in any window, and with this weight it would be restored
        // everywhere; its company says 像这样的问题 and 有这样的人 are as written.
        var table = WithClassicFingerprints(
            "这样的\t这种\tnon-word\tverified\t\t\tevidence:2\tclassic\ttest:1×1 test:3×1");

        var restored = table.Analyze(Spun + "\n像这样的问题很多。有这样的人。").Restore().Text;

        Assert.Contains("像这样的问题很多。有这样的人。", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void CuratedRealWord_AppliesWhereTwoOfItsFamilysOwnFingerprintsShow_AndNowhereElse()
    {
        // 手艺 → 技术 is the article's spinner's (curated, family "article"); the classic fingerprints do not vouch for it,
        // nor does one article fingerprint alone.
        var curated = SpinTable.Combine(
            Read("手艺\t技术\treal word\thigh\t\t\t\tarticle", "平易近\t民\tnon-word\thigh\t\t\tfingerprint\tarticle",
                "正正在\t正在\tnon-word\thigh\t\t\tfingerprint\tarticle"),
            Table);

        var classic = curated.Analyze(Spun + "\n他的手艺很好。");
        var one = curated.Analyze(Spun + "\n移平易近的手艺很好，选平易近和平易近族。");
        var article = curated.Analyze(Spun + "\n移平易近的手艺很好，选平易近的事正正在进行。");

        Assert.DoesNotContain(classic.Substitutions, s => s.Spun == "手艺" && s.Restored);
        Assert.DoesNotContain(one.Substitutions, s => s.Spun == "手艺" && s.Restored);
        Assert.Contains(article.Substitutions, s => s.Spun == "手艺" && s.Restored);
    }

    // Two fingerprints only the article's spinner writes, a real word other spinners were seen to write (假设 for
    // 如果), and the classic tool's table; a text of each spinner ending with a genuine 假设.
    private static readonly SpinTable Spinners = SpinTable.Combine(
        Read("平易近\t民\tnon-word\thigh\t\t\tfingerprint\tarticle", "正正在\t正在\tnon-word\thigh\t\t\tfingerprint\tarticle"),
        Read("假设\t如果\treal word\tverified\t\t\tevidence:6\tother\ttest:5×1 test:6×1"),
        Table);

    private const string Attributed = "移平易近的事正正在进行，选平易近正正在投票。\n假设明天下雨，我们就不去了。";
    private const string Classic = Spun + "\n假设明天下雨，我们就不去了。";

    [Fact]
    public void TextOfACuratedSpinner_IsReadWithItsOwnWords_NotWithWhatOtherSpinnersWrite()
    {
        // The article's fingerprints attribute the text to its spinner: 假设 is left alone there, and restored where
        // the classic tool's fingerprints show.
        var attributed = Spinners.Analyze(Attributed);
        var classic = Spinners.Analyze(Classic);

        Assert.Equal(SpinVerdict.Spun, attributed.Verdict);
        Assert.DoesNotContain(attributed.Substitutions, s => s.Spun == "假设" && s.Restored);
        Assert.Contains(classic.Substitutions, s => s.Spun == "假设" && s.Restored);
    }

    [Fact]
    public void MarkOfASpunText_CarriesItsSpinner_SoAVerificationInAWindowAgreesWithTheReading()
    {
        // An index verifies a spun form in a passage's window, without the rest of the document: the mark it keeps for
        // the document says which spinner wrote it. An index written before the mark held the bare verdict (2), and
        // is verified with every family, as it was.
        var attributedMark = Spinners.Mark(Spinners.Evidence(Attributed));
        var classicMark = Spinners.Mark(Spinners.Evidence(Classic));

        Assert.Equal(SpinVerdict.Spun, SpinTable.VerdictOf(attributedMark));
        Assert.Equal(SpinVerdict.Spun, SpinTable.VerdictOf(classicMark));
        Assert.False(Spinners.RestoresTo(Attributed, Attributed.IndexOf("假设", StringComparison.Ordinal), 2, "如果", attributedMark));
        Assert.True(Spinners.RestoresTo(Classic, Classic.IndexOf("假设", StringComparison.Ordinal), 2, "如果", classicMark));
        Assert.True(Spinners.RestoresTo(Attributed, Attributed.IndexOf("假设", StringComparison.Ordinal), 2, "如果", (long)SpinVerdict.Spun));
        Assert.Equal([SpinVerdict.Clean, SpinVerdict.Unsure], new long[] { 0, 1 }.Select(SpinTable.VerdictOf));
    }

    [Fact]
    public void LearnedRealWord_SeenInOneFileOnly_IsShownButNotRestored()
    {
        // The same pair, seen in two files or in one: the first is restored; the second, one spinner's choice once
        // (比方 for 比如 in one file, for 例如 in the next), is shown as possibly spun and left as written.
        const string Pair = "体系\t系统\treal word\tverified\t\t\tevidence:6\tclassic\t";

        var twice = WithClassicFingerprints(Pair + "test:1×1 test:2×1").Analyze(Spun);
        var once = WithClassicFingerprints(Pair + "test:1×2").Analyze(Spun);

        Assert.Contains(twice.Substitutions, s => s.Spun == "体系" && s.Restored);
        Assert.Contains(once.Substitutions, s => s.Spun == "体系" && !s.Restored);
        Assert.DoesNotContain(once.Substitutions, s => s.Spun == "体系" && s.Restored);
        Assert.Contains("操作体系", once.Restore().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CuratedRealWord_LearnedFromOtherSpinners_AppliesElsewhereAsItsContextDecides()
    {
        // The article's 手艺 → 技术 is verified on its own spinner; the same pair learned from other spinners' files
        // applies in their texts too, where the context prefers it, and gives its evidence for judging.
        var article = Read("手艺\t技术\treal word\thigh\t\t\t\tarticle", "平易近\t民\tnon-word\thigh\t\t\tfingerprint\tarticle",
            "正正在\t正在\tnon-word\thigh\t\t\tfingerprint\tarticle");
        var learned = Read("手艺\t技术\treal word\tverified\t\t\tevidence:6\tclassic\ttest:3×2 test:4×1", "手艺\t手段\treal word\tverified\t\t\tevidence:3\tclassic\ttest:3×1");
        const string Text = Spun + "\n他们的计算机手艺很先进。";

        var combined = SpinTable.Combine(article, learned, Table);
        var curatedAlone = SpinTable.Combine(article, Table).Analyze(Text);
        var report = combined.Analyze(Text);

        Assert.DoesNotContain(curatedAlone.Substitutions, s => s.Spun == "手艺" && s.Restored);
        var restored = Assert.Single(report.Substitutions, s => s.Spun == "手艺");
        Assert.True(restored.Restored);
        Assert.Equal("技术", restored.Original);
        Assert.Equal(article.Count + learned.Count + Table.Count, combined.Count);

        // A pair of your own (no family) decides its form alone: nothing learned is added to it.
        var mine = Read("手艺\t手法\treal word\thigh");
        Assert.Equal(mine.Count + Table.Count, SpinTable.Combine(mine, learned, Table).Count);
    }

    [Fact]
    public void CleanPost_WithASpunAbstract_IsReportedAsExactlyThat()
    {
        var clean = File.ReadAllText(Repository.PathOf("tests", "Glossary.Tests", "Fixtures", "CleanProse", "technical-debian-installation-guide.txt"))[..3000];
        var text = Spun + "\n" + clean;

        var report = SpinTable.Combine(Table, SpinTable.Bundled).Analyze(text);

        Assert.Equal(SpinVerdict.Spun, report.Verdict);
        Assert.Equal(SpinVerdict.Spun, report.Paragraphs[0].Verdict);
        Assert.Equal(0, report.Paragraphs[0].Offset);
        Assert.Equal(Spun.Length, report.Paragraphs[0].Length);
        Assert.All(report.Paragraphs.Skip(1), p => Assert.NotEqual(SpinVerdict.Spun, p.Verdict));
        Assert.All(report.Substitutions, s => Assert.True(s.Offset < Spun.Length || !s.Restored, $"{s.Spun} at {s.Offset} restored in a clean paragraph"));
    }

    [Fact]
    public void Paragraphs_CoverEveryNonBlankLine_InOrder()
    {
        // The clean lines hold most of the text, so they are not taken in by the spun one.
        const string First = "第一段是干净的文字，讲的是怎样在家里种番茄，浇水要适量，阳光要充足，土壤要肥沃，这样才能结出好果子。";
        const string Last = "最后一段也是干净的文字，说的是秋天收获的时候，一家人坐在院子里，一边吃番茄一边聊天，非常开心。";
        var text = First + "\n\n  \n" + Spun + "\r\n" + Last + "\n";

        var paragraphs = Table.Analyze(text).Paragraphs;

        Assert.Equal([First, Spun, Last], paragraphs.Select(p => text.Substring(p.Offset, p.Length))); // "\r\n" ends a line whole
        Assert.Equal([SpinVerdict.Clean, SpinVerdict.Spun, SpinVerdict.Clean], paragraphs.Select(p => p.Verdict));
    }

    [Fact]
    public void TwoIndicators_BackedByUnlikelyWordsOfTwoOtherForms_AreASpunText_ByOneForm_Unsure()
    {
        // A short page spun mostly with common words: two fingerprints of two forms, and the weakly unlikely 首要 and
        // 履行 (their originals likelier in context, typical of spinners). One unlikely form is not enough.
        var table = WithClassicFingerprints(
            "首要\t主要\treal word\tverified\t\t\tevidence:4\tclassic\ttest:1×1 test:2×1",
            "履行\t执行\treal word\tverified\t\t\tevidence:5\tclassic\ttest:1×1 test:2×1");
        const string Padding = "今天天气很好，大家一起去公园散步，下午在河边看了很久的书和报纸，晚上回家以后全家人一起吃了饭。";
        const string Spun = "经由过程这些规范，设置装备摆设文件的写法尤为首要，每个人都要履行下去。";

        var report = table.Analyze(Spun + Padding);
        var one = table.Analyze(Spun.Replace("履行", "执行", StringComparison.Ordinal) + Padding);

        Assert.Equal(2, report.Evidence.Sum(e => e.Count));
        Assert.Equal(SpinVerdict.Spun, report.Verdict);
        Assert.Equal(SpinVerdict.Unsure, one.Verdict);
    }

    [Fact]
    public void InASpunText_AParagraphWithOneWordHardlyEverClean_IsSpun_WithOneCommonerUnlikelyWord_Not()
    {
        // 咱们 measured e^9 times likelier in spun text than in clean; 状况 e^3. Each line is long enough that the
        // spun abstract does not hold most of the text.
        var table = WithClassicFingerprints(
            "咱们\t我们\treal word\tverified\t\t\tevidence:9\tclassic\ttest:1×1 test:2×1",
            "状况\t情况\treal word\tverified\t\t\tevidence:3\tclassic\ttest:1×1 test:2×1");
        const string Rare = "今天下午咱们一起去河边的公园散步，看了很久的书和报纸，晚上回家以后全家人一起吃饭。";
        const string Commoner = "今天下午在这种状况下一起去河边的公园散步，看了很久的书和报纸，晚上回家以后全家人一起吃饭。";

        var rare = table.Analyze(Spun + "\n" + Rare).Paragraphs;
        var commoner = table.Analyze(Spun + "\n" + Commoner).Paragraphs;

        Assert.Equal([SpinVerdict.Spun, SpinVerdict.Spun], rare.Select(p => p.Verdict));
        Assert.Equal([SpinVerdict.Spun, SpinVerdict.Clean], commoner.Select(p => p.Verdict));
    }

    [Fact]
    public void Paragraphs_BetweenTwoSpunOnes_AreSpun_UpToThreeOfThem()
    {
        // Lines of my own with no evidence of their own: three between two spun paragraphs are taken in, four are not.
        string[] plain = ["今天天气很好，大家一起去公园散步。", "下午在河边看了很久的书和报纸。", "晚上回家以后全家人一起吃了饭。", "睡觉以前又听了一会儿安静的音乐。"];

        var three = Table.Analyze(string.Join('\n', [Spun, .. plain[..3], Spun])).Paragraphs;
        var four = Table.Analyze(string.Join('\n', [Spun, .. plain, Spun])).Paragraphs;

        Assert.All(three, p => Assert.Equal(SpinVerdict.Spun, p.Verdict));
        Assert.Equal([SpinVerdict.Spun, SpinVerdict.Clean, SpinVerdict.Clean, SpinVerdict.Clean, SpinVerdict.Clean, SpinVerdict.Spun], four.Select(p => p.Verdict));
    }

    [Fact]
    public void Judge_GivesTheVerdictOfAnalyze()
    {
        var texts = new[] { SampleCorpus.Article, Spun, Spun + "\n" + SampleCorpus.Article, "干净的文字。", string.Empty }
            .Concat(SpinTableTests.CleanFiles().Select(File.ReadAllText));
        foreach (var text in texts)
        {
            Assert.Equal(SpinTable.Bundled.Analyze(text).Verdict, SpinTable.Bundled.Judge(text));
        }
    }

    [Fact]
    public void SeveralOriginals_TheContextChooses()
    {
        var table = WithClassicFingerprints(
            "处置惩罚\t处理\tnon-word\tverified\t\t\t\tclassic\ttest:1×3",
            "处置惩罚\t解决\tnon-word\tverified\t\t\t\tclassic\ttest:1×1");

        // 处理器 ("processor") and 解决方案 ("solution") are words of clean Chinese; 解决器 and 处理方案 hardly.
        var report = table.Analyze("经由过程设置装备摆设，经由过程新的处置惩罚器，处置惩罚方案如下。");

        Assert.Equal(["处理", "解决"], report.Substitutions.Where(s => s.Spun == "处置惩罚").Select(s => s.Original));
    }

    [Fact]
    public void LearnedTable_EveryPairNamesWhereItWasSeen_AndKeepsNoText()
    {
        var path = Repository.PathOf("src", "Glossary", "Spin", "spin-pairs-learned.tsv");
        var rows = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("spun\t", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(rows);
        foreach (var columns in rows.Select(r => r.Split('\t')))
        {
            Assert.True(columns.Length == 9, $"{columns[0]}: {columns.Length} columns");
            Assert.Equal(string.Empty, columns[5]); // no example: the sentences are third-party text
            Assert.Matches(Provenance(), columns[8]);
            Assert.False(string.IsNullOrEmpty(columns[7]), $"{columns[0]} names no family");
        }

        Assert.Equal(rows.Count + File.ReadAllLines(Repository.PathOf("src", "Glossary", "Spin", "spin-pairs.tsv"))
            .Count(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("spun\t", StringComparison.Ordinal)), SpinTable.Bundled.Count);
    }

    // Two fingerprints of the classic tool, enough for a text to be judged spun, and the pairs a test is about.
    private static SpinTable WithClassicFingerprints(params string[] rows) =>
        Read([
            "经由过程\t通过\tnon-word\tverified\t\t\tfingerprint\tclassic\ttest:1×1",
            "设置装备摆设\t配置\tnon-word\tverified\t\t\tfingerprint\tclassic\ttest:1×1",
            .. rows]);

    private static SpinTable Read(params string[] rows) =>
        SpinTable.Read(Encoding.UTF8.GetBytes(string.Join('\n', rows)), "test pairs", strict: true);

    [GeneratedRegex(@"^((dev|web):\d+×\d+)( (dev|web):\d+×\d+)*$")]
    private static partial Regex Provenance();
}
