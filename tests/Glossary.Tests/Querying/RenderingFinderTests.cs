using Glossary.Querying;
using Glossary.Terms;

namespace Glossary.Tests.Querying;

// RenderingFinder on small made-up memories: the units that hold the term, plus other units of the same memory that
// give the document frequencies (counted in memory from the same stem n-grams, as Lucene's phrase counts would be).
public sealed class RenderingFinderTests
{
    // A memory about files: 文件 rendered "file" (twice) or "files" (once) in u1–u3 and "document" in u4–u5; other units don't hold 文件.
    private static readonly (string Unit, string Chinese, string English)[] Files =
    [
        ("u1", "打开文件。", "Open the file."),
        ("u2", "保存这些文件。", "Save these files now."),
        ("u3", "删除文件", "Delete the file."),
        ("u4", "打印文件", "Print the document."),
        ("u5", "签署文件", "Sign the document here."),
        ("u6", "打开窗口", "Open the window."),
        ("u7", "保存设置", "Save the settings now."),
        ("u8", "这份报告", "This report is a long document about documents."),
    ];

    [Fact]
    public void Find_FoldsInflections_CountsUnits_AndRanksTheDominantRenderingFirst()
    {
        var renderings = Find(Files, "文件");

        Assert.Equal(["file", "document"], renderings.Select(r => r.Text));
        Assert.Equal(3, renderings[0].Count);
        Assert.Equal(["u1", "u2", "u3"], renderings[0].Units);
        Assert.Equal(2, renderings[1].Count);
        Assert.Equal(["u4", "u5"], renderings[1].Units);
        Assert.All(renderings, r => Assert.False(r.InGlossary));
        Assert.All(renderings, r => Assert.Equal(TermStatus.Unspecified, r.Status));
    }

    [Fact]
    public void Find_ShowsTheMostFrequentInflection_OrTheGlossWordingWhenTheUnitsHoldIt()
    {
        var memory = Files.Select(u => u with { English = u.English.Replace("Open the file.", "Open the files.", StringComparison.Ordinal) }).ToArray();

        Assert.Equal("files", Find(memory, "文件")[0].Text);
        Assert.Equal("file", Find(memory, "文件", [("file", TermStatus.Preferred)])[0].Text);
    }

    [Fact]
    public void Find_MarksGlossaryGlosses_WithTheirStatus_AndFlagsADeprecatedOne()
    {
        var renderings = Find(Files, "文件", [("File", TermStatus.Preferred), ("document", TermStatus.Deprecated)]);

        var file = renderings.Single(r => r.Text == "File");
        var document = renderings.Single(r => r.Text == "document");
        Assert.True(file.InGlossary);
        Assert.Equal(TermStatus.Preferred, file.Status);
        Assert.True(document.InGlossary);
        Assert.Equal(TermStatus.Deprecated, document.Status);
        Assert.Equal(3, file.Count);
    }

    [Fact]
    public void Find_ListsAGlossaryGloss_ThatASingleUnitHolds()
    {
        (string, string, string)[] memory = [.. Files, ("u9", "归档文件", "Archive the record.")];

        Assert.DoesNotContain(Find(memory, "文件"), r => r.Text == "record");
        var record = Assert.Single(Find(memory, "文件", [("record", TermStatus.Forbidden)]), r => r.Text == "record");
        Assert.Equal(1, record.Count);
        Assert.Equal(TermStatus.Forbidden, record.Status);
        Assert.Equal(["u9"], record.Units);
    }

    [Fact]
    public void Find_PrefersThePhrase_AndDoesNotListItsWordsAfterIt()
    {
        (string, string, string)[] memory =
        [
            ("p1", "检查血压", "Check your blood pressure."),
            ("p2", "高血压很常见", "High blood pressure is common."),
            ("p3", "血压升高", "The blood pressure rises."),
            ("p4", "验血", "A blood test."),
            ("p5", "血样", "A blood sample."),
            ("p6", "工作压力", "The pressure of work."),
        ];

        var renderings = Find(memory, "血压");

        Assert.Equal("blood pressure", renderings[0].Text);
        Assert.Equal(3, renderings[0].Count);
        Assert.DoesNotContain(renderings, r => r.Text is "blood" or "pressure" or "High blood pressure");
    }

    [Fact]
    public void Find_KeepsAStopWordInsideAPhrase_AndAsksForItsFrequencyWithAHole()
    {
        (string, string, string)[] memory =
        [
            ("s1", "他呼吸短促", "He had shortness of breath."),
            ("s2", "呼吸短促和发热", "Shortness of breath and fever."),
            ("s3", "呼吸短促", "She reports shortness of breath."),
            ("s4", "深呼吸", "Take a deep breath."),
            ("s5", "短缺", "A shortness of masks."),
        ];
        var asked = new List<string>();

        var renderings = Find(memory, "呼吸短促", asked: asked);

        // Written as inside a sentence (the capital of "Shortness" at s2's start says nothing).
        Assert.Equal("shortness of breath", renderings[0].Text);
        Assert.Equal(3, renderings[0].Count);
        Assert.Contains("short||breath", asked);
    }

    [Fact]
    public void Find_KeepsAFewExampleUnits_InDocumentOrder()
    {
        (string, string, string)[] memory =
        [
            ("m1", "戴口罩", "Wear a mask."), ("m2", "买口罩", "Buy masks today."), ("m3", "口罩卖完了", "Masks are sold out."),
            ("m4", "她的口罩是蓝色的", "Her mask is blue."), ("m5", "没有口罩", "No mask, no entry."), ("m6", "口罩很贵", "A mask costs more now."),
            ("x", "别的", "Something else."),
        ];

        var mask = Find(memory, "口罩")[0];

        Assert.Equal("mask", mask.Text);
        Assert.Equal(6, mask.Count);
        Assert.Equal(["m1", "m2", "m3"], mask.Units);
    }

    [Fact]
    public void Find_RefusesATotalBelowTheUnitsGiven()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            RenderingFinder.Find([("a", "file"), ("b", "file")], _ => 1, totalUnits: 1, []));
    }

    // English → Chinese: every rendering is an exact string of the units' Chinese side.
    private static readonly (string Unit, string Chinese, string English)[] Links =
    [
        ("l1", "创建一个符号链接。", "Create a symbolic link."),
        ("l2", "删除符号链接", "Delete the symbolic link."),
        ("l3", "这个符号链接指向文件", "This symbolic link points to a file."),
        ("l4", "软连接也可以", "A symbolic link, also called soft link."),
        ("l5", "创建文件", "Create a file."),
        ("l6", "删除文件", "Delete a file."),
        ("l7", "网页上的链接", "A link on the page."),
        ("l8", "数学符号", "A mathematical symbol."),
    ];

    [Fact]
    public void FindChinese_ReturnsExactStringsOfTheUnits_DominantFirst()
    {
        var renderings = FindChinese(Links, "symbolic link");

        Assert.Equal("符号链接", renderings[0].Text);
        Assert.Equal(3, renderings[0].Count);
        Assert.Equal(["l1", "l2", "l3"], renderings[0].Units);
        Assert.All(renderings, r => Assert.Contains(Links, u => u.Chinese.Contains(r.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void FindChinese_MarksTheGlossaryTerm()
    {
        Assert.DoesNotContain(FindChinese(Links, "symbolic link"), r => r.Text == "软连接");
        var renderings = FindChinese(Links, "symbolic link", [("软连接", TermStatus.Admitted)]);

        var soft = Assert.Single(renderings, r => r.Text == "软连接");
        Assert.True(soft.InGlossary);
        Assert.Equal(TermStatus.Admitted, soft.Status);
        Assert.Equal(["l4"], soft.Units);
        Assert.False(renderings.Single(r => r.Text == "符号链接").InGlossary);
    }

    [Fact]
    public void Alignment_LearnsFromTheMemory_WhichStemRendersWhichWord()
    {
        var alignment = RenderingAlignment.Build(Files);

        Assert.Equal(Files.Length, alignment.Units);
        Assert.True(alignment.Probability("file", "文件") > alignment.Probability("open", "文件"));
        Assert.True(alignment.Probability("open", "打开") > alignment.Probability("file", "打开"));
        var tokens = RenderingGrams.EnglishTokens("Open the file.");
        var posteriors = alignment.Posteriors("u1", "文件", tokens)!;
        Assert.Equal(["open", "file"], tokens.Select(t => t.Term));
        Assert.True(posteriors[1] > 0.5, $"file: {posteriors[1]}");
        Assert.True(posteriors[0] < 0.5, $"open: {posteriors[0]}");
        Assert.Null(alignment.Posteriors("u6", "文件", tokens));
        Assert.Null(alignment.Posteriors("unknown", "文件", tokens));
    }

    // 基础疾病 is two words, 基础 and 疾病: "underlying" alone is in more of its units than "underlying disease", but the
    // alignment knows from the other units that "disease" renders 疾病, so the phrase covers the term and wins.
    private static readonly (string Unit, string Chinese, string English)[] Underlying =
    [
        ("d1", "有基础疾病的病人", "Patients with an underlying disease."),
        ("d2", "基础疾病增加风险", "An underlying disease raises the risk."),
        ("d3", "基础疾病很多", "Many have underlying heart trouble."),
        ("d4", "疾病很常见", "The disease is common."),
        ("d5", "这种疾病", "This disease spreads."),
        ("d6", "基础很重要", "The underlying idea matters."),
        ("d7", "心脏问题", "Heart trouble again."),
    ];

    [Fact]
    public void Find_WithTheAlignment_PrefersThePhraseThatCoversTheTermsWords()
    {
        Assert.Equal("underlying", Find(Underlying, "基础疾病")[0].Text);

        var renderings = Find(Underlying, "基础疾病", alignment: RenderingAlignment.Build(Underlying));

        Assert.Equal("underlying disease", renderings[0].Text);
        Assert.Equal(2, renderings[0].Count);
        Assert.Equal(["d1", "d2"], renderings[0].Units);
    }

    private static IReadOnlyList<Rendering> Find(
        (string Unit, string Chinese, string English)[] memory, string term, (string, TermStatus)[]? glosses = null, List<string>? asked = null,
        RenderingAlignment? alignment = null)
    {
        var grams = memory.Select(u => RenderingGrams.EnglishGrams(u.English).Select(g => g.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var with = memory.Where(u => u.Chinese.Contains(term, StringComparison.Ordinal)).Select(u => (u.Unit, u.English)).ToList();
        return RenderingFinder.Find(with, stems =>
        {
            var key = string.Join(' ', stems);
            asked?.Add(string.Join('|', stems));
            return grams.Count(g => g.Contains(key));
        }, memory.Length, glosses ?? [], term: term, alignment: alignment);
    }

    private static IReadOnlyList<Rendering> FindChinese((string Unit, string Chinese, string English)[] memory, string query, (string, TermStatus)[]? terms = null)
    {
        var key = RenderingGrams.EnglishKey(query)!;
        var with = memory.Where(u => RenderingGrams.EnglishGrams(u.English).Any(g => g.Key == key)).Select(u => (u.Unit, u.Chinese)).ToList();
        return RenderingFinder.FindChinese(with, s => memory.Count(u => u.Chinese.Contains(s, StringComparison.Ordinal)), memory.Length, terms ?? []);
    }
}
