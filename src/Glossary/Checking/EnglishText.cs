using Glossary.Analysis;

namespace Glossary.Checking;

// A text analysed once as English (stems, positions, offsets), with its tokens found by position.
internal sealed class EnglishText
{
    private readonly Dictionary<int, (string Stem, int Position, int Start, int End)> _byPosition = [];

    public EnglishText(string text)
    {
        Tokens = Analyzers.EnglishTokens(text).Select(t => (Fold(t.Stem), t.Position, t.Start, t.End)).ToList();
        foreach (var token in Tokens)
        {
            _byPosition.TryAdd(token.Position, token);
        }
    }

    public IReadOnlyList<(string Stem, int Position, int Start, int End)> Tokens { get; }

    // Porter leaves a final s on the stem of a plural in -uses and takes it off the singular (coronaviruses →
    // coronavirus, coronavirus → coronaviru): one more s dropped, on both sides, makes them meet.
    public static string Fold(string stem) => stem.Length > 3 && stem[^1] == 's' ? stem[..^1] : stem;

    public (string Stem, int Position, int Start, int End)? At(int position) =>
        _byPosition.TryGetValue(position, out var token) ? token : null;
}
