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

    // KStem folds the plurals it knows (viruses → virus) but not those of words it does not: it takes the s off an
    // unknown singular in -us and leaves -use of its plural (coronavirus → coronaviru, coronaviruses → coronaviruse).
    // One more fold, the same on both sides, makes them meet: a final s dropped, and -use of a long word cut to -u.
    public static string Fold(string stem) =>
        stem.Length > 6 && stem.EndsWith("use", StringComparison.Ordinal) ? stem[..^2]
        : stem.Length > 3 && stem[^1] == 's' ? stem[..^1]
        : stem;

    public (string Stem, int Position, int Start, int End)? At(int position) =>
        _byPosition.TryGetValue(position, out var token) ? token : null;
}
