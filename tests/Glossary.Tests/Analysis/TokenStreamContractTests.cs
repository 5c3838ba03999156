using Glossary.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;

namespace Glossary.Tests.Analysis;

// The two token streams of our own, checked against the token-stream contract directly rather than only through
// the index: terms and offsets (which must map back to the text), End's final offset, and reuse after Reset.
public sealed class TokenStreamContractTests
{
    private static readonly Analyzer Exact = new ExactGramsOnly();
    private static readonly Analyzer SmartCnWhole = new WholeCharacterAnalyzer(new SmartChineseAnalyzer(Analyzers.Version));

    [Theory]
    [InlineData("大买卖")]
    [InlineData("a")]
    [InlineData("卡脖子 ab\r\n𠀀字")]
    public void ExactGramTokenizer_EmitsTheBigramAtEveryCodeUnit_WithOffsetsThatMapBack(string text)
    {
        var (tokens, final) = TokenStreams.Read(Exact, "exact", text);

        Assert.Equal(text.Length, tokens.Count);
        for (var i = 0; i < text.Length; i++)
        {
            var size = Math.Min(2, text.Length - i);
            Assert.Equal(new TokenStreams.Token(text.Substring(i, size), i, i + size, 1), tokens[i]);
        }

        Assert.Equal(text.Length, final);
    }

    [Fact]
    public void ExactGramTokenizer_OnEmptyText_EmitsNothing_AndEndsAtZero()
    {
        var (tokens, final) = TokenStreams.Read(Exact, "exact", string.Empty);

        Assert.Empty(tokens);
        Assert.Equal(0, final);
    }

    [Fact]
    public void ExactGramTokenizer_ReadsPastItsFirstBuffer()
    {
        // The tokenizer starts with a 1,024-character buffer and grows it: the text on both sides of the edge is exact.
        var text = string.Concat(Enumerable.Range(0, 700).Select(i => (char)('一' + (i % 500)) + "字"));

        var (tokens, final) = TokenStreams.Read(Exact, "exact", text);

        Assert.Equal(text.Length, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Term));
        Assert.Equal(text.Length, final);
    }

    [Fact]
    public void ExactGramTokenizer_Reused_ForgetsTheLongerTextBefore()
    {
        // The analyzer hands a thread the same tokenizer again; Reset must clear what the last text left behind.
        TokenStreams.Read(Exact, "exact", "这是一段比较长的文本");

        var (tokens, final) = TokenStreams.Read(Exact, "exact", "短文");

        Assert.Equal(["短文", "文"], tokens.Select(t => t.Term));
        Assert.Equal(2, final);
    }

    [Fact]
    public void WholeCharacterFilter_DropsLoneSurrogates_KeepsPositionGaps_AndOffsetsThatMapBack()
    {
        const string text = "汉字𠀀和😀结束";

        var (tokens, final) = TokenStreams.Read(SmartCnWhole, "text", text);

        Assert.Equal(["汉字", "和", "结束"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Term));
        Assert.All(tokens.Skip(1), t => Assert.Equal(3, t.Increment)); // the two halves dropped before each word
        Assert.Equal(text.Length, final);
    }

    [Fact]
    public void WholeCharacterFilter_Reused_GivesTheSameTokensForTheSameText()
    {
        const string text = "美国的大买卖𠀀正在进行";

        var first = TokenStreams.Read(SmartCnWhole, "text", text);
        TokenStreams.Read(SmartCnWhole, "text", "另一段😀文字");
        var again = TokenStreams.Read(SmartCnWhole, "text", text);

        Assert.Equal(first.Tokens, again.Tokens);
        Assert.Equal(first.FinalOffset, again.FinalOffset);
    }

    private sealed class ExactGramsOnly : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(new ExactGramTokenizer(reader));
    }
}
