using Glossary.Analysis;

namespace Glossary.Checking;

// A text analysed once as English (stems, positions, offsets), with its tokens found by position.
internal sealed class EnglishText
{
    private readonly Dictionary<int, (string Stem, int Position, int Start, int End)> _byPosition = [];

    public EnglishText(string text)
    {
        Text = text;
        Tokens = Analyzers.EnglishTokens(Unjoined(text)).Select(t => (Fold(t.Stem), t.Position, t.Start, t.End)).ToList();
        foreach (var token in Tokens)
        {
            _byPosition.TryAdd(token.Position, token);
        }
    }

    public string Text { get; }

    public IReadOnlyList<(string Stem, int Position, int Start, int End)> Tokens { get; }

    // KStem folds the plurals it knows (viruses → virus) but not those of words it does not: it takes the s off an
    // unknown singular in -us and leaves -use of its plural (coronavirus → coronaviru, coronaviruses → coronaviruse).
    // One more fold, the same on both sides, makes them meet: a final s dropped, and -use of a long word cut to -u.
    public static string Fold(string stem) =>
        stem.Length > 6 && stem.EndsWith("use", StringComparison.Ordinal) ? stem[..^2]
        : stem.Length > 3 && stem[^1] == 's' ? stem[..^1]
        : stem;

    // Memories join sentences without a space ("after application.Hand sanitizers") and keep debris before a word
    // ("b'COVID-19"), which the word breaker reads as one word, as it would "e.g." or "don't". A full stop or an
    // apostrophe between a lower-case and an upper-case letter joins no English word, so it is read as a space; the
    // copy is as long as the text, so every offset still points into the text as written.
    private static string Unjoined(string text)
    {
        char[]? chars = null;
        for (var at = text.AsSpan().IndexOfAny('.', '\''); at >= 0 && at + 1 < text.Length; at = NextJoint(text, at + 1))
        {
            if (at > 0 && char.IsLower(text[at - 1]) && char.IsUpper(text[at + 1]))
            {
                chars ??= text.ToCharArray();
                chars[at] = ' ';
            }
        }

        return chars is null ? text : new string(chars);
    }

    private static int NextJoint(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny('.', '\'');
        return next < 0 ? -1 : from + next;
    }

    public (string Stem, int Position, int Start, int End)? At(int position) =>
        _byPosition.TryGetValue(position, out var token) ? token : null;
}
