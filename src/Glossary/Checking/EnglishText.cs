using Glossary.Analysis;

namespace Glossary.Checking;

// A text analysed once as English (stems, positions, offsets), with its tokens found by position.
internal sealed class EnglishText
{
    private readonly Dictionary<int, (string Stem, int Position, int Start, int End)> _byPosition = [];

    public EnglishText(string text)
    {
        Tokens = Analyzers.EnglishTokens(text);
        foreach (var token in Tokens)
        {
            _byPosition.TryAdd(token.Position, token);
        }
    }

    public IReadOnlyList<(string Stem, int Position, int Start, int End)> Tokens { get; }

    public (string Stem, int Position, int Start, int End)? At(int position) =>
        _byPosition.TryGetValue(position, out var token) ? token : null;
}
