using Glossary.Samples;
using Glossary.Text;

namespace Glossary.Tests.Text;

public sealed class PassageSplitterTests
{
    public static TheoryData<string> Texts() =>
    [
        SampleCorpus.Article,
        "",
        "\n\n\n",
        "  单独一行  ",
        "第一段。\r\n\r\n  第二段。\r\n",
        string.Concat(Enumerable.Repeat("很长的一句话没有任何标点符号", 100)),
        string.Concat(Enumerable.Repeat("这是一句话。", 200)) + "\n结尾",
        string.Concat(Enumerable.Repeat("𠀀", 500)),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Split_SegmentsPartitionTheText_AndPassagesAreTrimmedAndBounded(string text) => AssertPartitioned(text);

    [Fact]
    public void Split_ALineOfTenMillionCharacters_IsCutIntoBoundedPassages()
    {
        var words = string.Concat(Enumerable.Repeat("没有标点的很长一行", 1_111_112))[..10_000_000];
        var commas = string.Concat(Enumerable.Repeat("有逗号，", 2_500_000));

        AssertPartitioned(words);
        AssertPartitioned(commas);
        Assert.All(PassageSplitter.Split(commas), p => Assert.Equal('，', commas[p.Offset + p.Length - 1]));
    }

    [Fact]
    public void TextBlocks_CutAtLineBreaks_AndSplitIntoTheSamePassagesAsTheWholeText()
    {
        var text = SampleCorpus.Article + "\n" + new string('长', 10_000_000) + "\r\n" + string.Concat(Enumerable.Repeat(SampleCorpus.Article + "\r\n", 50));

        var blocks = TextBlocks.Read(new StringReader(text)).ToList();

        Assert.Equal(text, string.Concat(blocks.Select(b => b.Text)));
        Assert.Equal(blocks.Select(b => b.Offset), blocks.Select((b, i) => blocks.Take(i).Sum(a => a.Text.Length)));
        Assert.All(blocks.SkipLast(1), b => Assert.Contains(b.Text[^1], LineBreaks.Chars));
        Assert.True(blocks.Count >= 2);
        var passages = blocks.SelectMany(b => PassageSplitter.Split(b.Text).Select(p => (b.Offset + p.Offset, p.Length)));
        Assert.Equal(PassageSplitter.Split(text).Select(p => (p.Offset, p.Length)), passages);
    }

    private static void AssertPartitioned(string text)
    {
        var passages = PassageSplitter.Split(text);

        Assert.Equal(text.Length == 0 || string.IsNullOrWhiteSpace(text) ? 0 : text.Length, passages.Sum(p => p.SegmentEnd - p.SegmentStart));
        for (var k = 0; k < passages.Count; k++)
        {
            var p = passages[k];
            Assert.Equal(k, p.Number);
            Assert.Equal(k == 0 ? 0 : passages[k - 1].SegmentEnd, p.SegmentStart);
            Assert.InRange(p.Offset, p.SegmentStart, p.SegmentEnd - p.Length);
            var passage = text.Substring(p.Offset, p.Length);
            Assert.Equal(passage.Trim(), passage);
            Assert.NotEqual(0, p.Length);
            Assert.InRange(p.Length, 1, PassageSplitter.MaxLength);
            Assert.False(char.IsLowSurrogate(text[p.Offset]), "a passage never starts inside a surrogate pair");
            Assert.DoesNotContain('\n', passage);
        }

        if (passages.Count > 0)
        {
            Assert.Equal(text.Length, passages[^1].SegmentEnd);
        }
    }

    [Fact]
    public void Split_LongParagraph_IsCutAfterSentenceEnds()
    {
        var text = string.Concat(Enumerable.Repeat("这是一句话。", 200));

        var passages = PassageSplitter.Split(text);

        Assert.True(passages.Count > 1);
        Assert.All(passages, p => Assert.EndsWith("。", text.Substring(p.Offset, p.Length), StringComparison.Ordinal));
    }

    [Fact]
    public void Split_ShortParagraphs_AreOnePassageEach()
    {
        var passages = PassageSplitter.Split("第一段。\n第二段。\n\n第三段。");

        Assert.Equal(["第一段。", "第二段。", "第三段。"], passages.Select(p => "第一段。\n第二段。\n\n第三段。".Substring(p.Offset, p.Length)));
    }
}
