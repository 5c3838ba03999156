using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Glossary.Tests.Analysis;

/// <summary>
/// The token-stream contract as Lucene's own <c>BaseTokenStreamTestCase.AssertTokenStreamContents</c> checks it (its
/// test framework is not on our package source): every token's term, offsets and position increment, offsets that
/// never go backwards and never pass the text, no more tokens after the last, and the final offset set by End().
/// </summary>
internal static class TokenStreams
{
    public sealed record Token(string Term, int Start, int End, int Increment);

    public static (List<Token> Tokens, int FinalOffset) Read(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<Token>();
        stream.Reset();
        var lastStart = 0;
        while (stream.IncrementToken())
        {
            Assert.InRange(offset.StartOffset, lastStart, text.Length);
            Assert.InRange(offset.EndOffset, offset.StartOffset, text.Length);
            Assert.True(increment.PositionIncrement >= (tokens.Count == 0 ? 0 : 1), $"position increment {increment.PositionIncrement}");
            lastStart = offset.StartOffset;
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }

        Assert.False(stream.IncrementToken(), "a stream that has ended must stay ended");
        stream.End();
        var final = offset.EndOffset;
        Assert.Equal(final, offset.StartOffset);
        return (tokens, final);
    }
}
