using Glossary.Errors;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Testing;

namespace Glossary.Tests.Spin;

public sealed class SpinTableTests
{
    private static readonly string Article = SampleCorpus.Article;
    private static readonly SpinReport Report = SpinTable.Bundled.Analyze(Article, SampleCorpus.Glossary);

    public static IEnumerable<string> CleanFiles() =>
        Directory.GetFiles(Repository.PathOf("tests", "Glossary.Tests", "Fixtures", "CleanProse"), "*.txt").Order(StringComparer.Ordinal);

    public static TheoryData<string> CleanFileNames() => [.. CleanFiles().Select(f => Path.GetFileName(f))];

    [Fact]
    public void DefaultTable_ReadsStrictly_EveryPair()
    {
        // Every line of the table's own file that is not a comment, a header or blank is a pair (an edit to the
        // file changes both sides), and none is skipped.
        var rows = File.ReadAllLines(Repository.PathOf("src", "Glossary", "Spin", "spin-pairs.tsv"))
            .Count(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("spun\t", StringComparison.Ordinal));
        Assert.Equal(rows, SpinTable.Curated.Count);
        Assert.Empty(SpinTable.Bundled.Issues);
    }

    [Fact]
    public void Article_IsJudgedSpun_WithItsFingerprintsCountedExactly()
    {
        Assert.Equal(SpinVerdict.Spun, Report.Verdict);
        Assert.True(Report.Score > 10, $"score {Report.Score}");
        var evidence = Report.Evidence.ToDictionary(e => e.Form, e => e.Count);
        Assert.Equal(Scan.Count(Article, "可以或许"), evidence["可以或许"]);
        Assert.Equal(Scan.Count(Article, "体系体例"), evidence["体系体例"]);
        Assert.Equal(Scan.Count(Article, "平易近"), evidence["平易近"]);
        Assert.Equal(Report.Evidence.Sum(e => e.Count) * 1000.0 / Article.Length, Report.Score, precision: 2);
    }

    [Fact]
    public void CleanProse_IsAtLeast20000Characters_OfSeveralKinds()
    {
        var files = CleanFiles().ToList();
        Assert.True(files.Sum(f => File.ReadAllText(f).Length) >= 20_000);
        Assert.True(files.Select(f => Path.GetFileName(f).Split('-')[0]).Distinct().Count() >= 3);
    }

    [Theory]
    [MemberData(nameof(CleanFileNames))]
    public void CleanProse_IsJudgedClean_AndNothingIsProposed(string name)
    {
        var text = File.ReadAllText(Repository.PathOf("tests", "Glossary.Tests", "Fixtures", "CleanProse", name));

        var report = SpinTable.Bundled.Analyze(text);

        // A lone unlikely word may be counted (非常大 twice in Lu Xun's prose: a spinner's form of 很大, and a genuine
        // phrase), never enough to judge a paragraph spun: indicators of two forms at least are needed.
        Assert.Equal(SpinVerdict.Clean, report.Verdict);
        Assert.True(report.Evidence.Count <= 1, string.Join(", ", report.Evidence));
        Assert.All(report.Paragraphs, p => Assert.NotEqual(SpinVerdict.Spun, p.Verdict));
        Assert.Empty(report.Substitutions);
        Assert.Empty(report.Gaps);
        Assert.Equal(text, report.Restore().Text);
    }

    [Fact]
    public void CleanProse_WithARealZhengzaiAndJishu_LeavesThemAlone()
    {
        const string Text = "我们正在研究这项技术，它的优势很明显。";

        var report = SpinTable.Bundled.Analyze(Text);

        Assert.Equal(SpinVerdict.Clean, report.Verdict);
        Assert.Empty(report.Substitutions);
    }

    [Fact]
    public void Restore_Article_TurnsEvery正正在Into正在_AndEveryOther正在Into在()
    {
        var restored = Report.Restore();

        Assert.Equal(0, Scan.Count(restored.Text, "正正在"));
        for (var at = Article.IndexOf("正在", StringComparison.Ordinal); at >= 0; at = Article.IndexOf("正在", at + 1, StringComparison.Ordinal))
        {
            var covering = Report.Substitutions.Single(s => s.Offset <= at && at + 2 <= s.Offset + s.Length);
            Assert.True(covering.Restored);
            Assert.Equal(ReplaceFirst(covering.Spun, "正在", "在"), covering.Original);
        }

        Assert.Equal(6, Report.Substitutions.Count(s => s.Spun == "正正在" && s.Original == "正在"));
    }

    [Fact]
    public void Restore_Article_NeverCascades_AndEveryReplacementMapsBackCharacterForCharacter()
    {
        var restored = Report.Restore();

        // 可以或许 → 能够, and that 能够 stays 能够 (the table also has 能够 → 可以).
        var kěyǐhuòxǔ = restored.Replacements.Where(r => r.Substitution.Spun == "可以或许").ToList();
        Assert.Equal(Scan.Count(Article, "可以或许"), kěyǐhuòxǔ.Count);
        Assert.All(kěyǐhuòxǔ, r => Assert.Equal("能够", restored.Text.Substring(r.Offset, r.Length)));

        // Undo every replacement: the text as written comes back, exactly.
        var written = new System.Text.StringBuilder();
        var at = 0;
        foreach (var r in restored.Replacements)
        {
            Assert.Equal(r.Substitution.Spun, Article.Substring(r.Substitution.Offset, r.Substitution.Length));
            Assert.Equal(r.Substitution.Original.Split('/')[0], restored.Text.Substring(r.Offset, r.Length));
            written.Append(restored.Text, at, r.Offset - at).Append(r.Substitution.Spun);
            at = r.Offset + r.Length;
        }

        written.Append(restored.Text, at, restored.Text.Length - at);
        Assert.Equal(Article, written.ToString());

        // Outside replacements, every restored character maps to the same character as written.
        for (var i = 0; i < restored.Text.Length; i++)
        {
            if (!restored.Replacements.Any(r => r.Offset <= i && i < r.Offset + r.Length))
            {
                Assert.Equal(restored.Text[i], Article[restored.ToWritten(i)]);
            }
        }
    }

    [Fact]
    public void Restore_Article_LeavesRealWordsThatHoldASpunCharacter()
    {
        var restored = Report.Restore().Text;

        // 取 stands for 与 in this article, but not in 取得 and 获取; 重 became 沉, but 沉默 would stay.
        Assert.Equal(Scan.Count(Article, "取得"), Scan.Count(restored, "取得"));
        Assert.Equal(Scan.Count(Article, "获取"), Scan.Count(restored, "获取"));
        Assert.Equal(0, Scan.Count(restored, "与得"));
        Assert.DoesNotContain(SpinTable.Bundled.Analyze(Article + "\n他沉默了。").Substitutions, s => s.Spun == "沉" && s.Offset > Article.Length);
    }

    [Fact]
    public void Article_EveryInversion_IsFlagged_AndTheGenuine劣势IsLeftAloneAsPossible()
    {
        var inversions = Report.Substitutions.Where(s => s.Kind == SpinKind.Inversion).ToList();
        foreach (var form in new[] { "劣势", "得到", "分歧", "无力", "次要", "至多", "最后", "合作" })
        {
            var offsets = Scan.Offsets(Article, form).Where(o => !Report.Substitutions.Any(s => s.Offset < o && o < s.Offset + s.Length)).ToList();
            Assert.Equal(offsets, inversions.Where(s => s.Spun == form).Select(s => s.Offset));
        }

        var lièshì = inversions.Where(s => s.Spun == "劣势").ToList();
        Assert.Equal(7, lièshì.Count);
        Assert.Equal(6, lièshì.Count(s => s.Restored));
        Assert.Equal("成为劣势", Article.Substring(lièshì.Single(s => !s.Restored).Offset - 2, 4));
    }

    [Fact]
    public void Article_Substitutions_CarryTheGlossOfTheOriginal_WhenTheGlossaryHasIt()
    {
        var dàmǎimài = Report.Substitutions.First(s => s.Spun == "大买卖");

        Assert.Equal("大交易", dàmǎimài.Original);
        Assert.Equal(SampleCorpus.Glossary.Find("大交易")!.Glosses[0], dàmǎimài.Gloss!.Split("; ")[0]);
    }

    [Fact]
    public void Article_LikelyDeletions_AreMarkedWhereTheWordIsMissing()
    {
        Assert.Contains(Report.Gaps, g => Article.Substring(g.Offset - 1, 2) == "、、");
        Assert.Contains(Report.Gaps, g => Article.Substring(g.Offset - 1, 3) == "更的是");
        Assert.Contains(Report.Gaps, g => Article.Substring(g.Offset - 2, 3) == "近乎的");
        Assert.Contains(Report.Gaps, g => Article.Substring(g.Offset - 2, 3) == "都是的");
    }

    [Theory]
    [InlineData("这次变更的是配置文件，五更的钟声响了。")]
    [InlineData("他说：并不是的，我没有去过。")]
    [InlineData("顺序是甲、乙、丙。")]
    public void Gaps_InASpunText_AreNotMarkedInPhrasesThatAreWhole(string sentence)
    {
        var text = "可以或许，正正在，体系体例，标的目的。" + sentence;

        var report = SpinTable.Bundled.Analyze(text);

        Assert.Equal(SpinVerdict.Spun, report.Verdict);
        Assert.Empty(report.Gaps);
    }

    [Fact]
    public void UserPairs_GoInFrontOfTheDefault_AndBadLinesAreReportedWithTheirNumber()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "spun\toriginal\tkind\tconfidence\n手艺\t工艺\treal word\tverified\n坏行\n怪怪\t怪\tstrange\thigh\n");
            var mine = SpinTable.Load(path);

            var combined = SpinTable.Combine(mine, SpinTable.Bundled);

            Assert.Equal(1, mine.Count);
            Assert.Equal([3, 4], mine.Issues.Select(i => i.Line));
            Assert.Equal(SpinTable.Bundled.Count, combined.Count);
            Assert.Equal("工艺", combined.Analyze(Article).Substitutions.First(s => s.Spun == "手艺").Original);
            Assert.Throws<GlossaryFormatException>(() => SpinTable.Load(path, strict: true));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string ReplaceFirst(string text, string value, string replacement)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + value.Length)..];
    }
}
