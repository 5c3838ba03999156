using Glossary.Analysis;

namespace Glossary.Querying;

/// <summary>A token of a unit's text: its analysed form, its position (stop words leave holes) and its offsets.</summary>
internal readonly record struct GramToken(string Term, int Position, int Start, int End);

/// <summary>
/// The candidate renderings of a text, for <see cref="RenderingFinder"/>: runs of consecutive English stems (Lucene's
/// English analysis: stop words removed, possessives dropped, KStem stems) and runs of consecutive SmartCn words,
/// each with the exact text it spans.
/// </summary>
internal static class RenderingGrams
{
    /// <summary>The longest English candidate, in stems (holes left by stop words not counted).</summary>
    public const int MaxStems = 4;

    /// <summary>The longest English candidate, in positions (holes counted): <i>flatten the infection curve</i> is 4.</summary>
    public const int MaxPositions = 6;

    /// <summary>The longest Chinese candidate, in SmartCn words.</summary>
    public const int MaxWords = 4;

    // A candidate never spans one of these: it would join two phrases (fever, cough) or leave a bracket open.
    private const string Breaks = ",.;:!?()[]{}\"“”‘’/|，。；：！？（）【】《》、…";

    /// <summary>The English stems of <paramref name="text"/>, with their positions and offsets.</summary>
    public static List<GramToken> EnglishTokens(string text) => Grams(Analyzers.EnglishTokens(text), text);

    /// <summary>The SmartCn words of <paramref name="text"/>, with their positions and offsets.</summary>
    public static List<GramToken> ChineseTokens(string text) => Grams(Analyzers.ChineseTokens(text), text);

    /// <summary>
    /// The key of an English stem n-gram: its stems separated by spaces, a hole (a stop word) written as an empty stem,
    /// so <i>shortness of breath</i> is "short  breath". Splitting the key at spaces gives the stems a phrase query
    /// adds at consecutive positions.
    /// </summary>
    public static string EnglishKey(List<GramToken> tokens, int first, int last)
    {
        var parts = new List<string>(last - first + 2) { tokens[first].Term };
        for (var i = first + 1; i <= last; i++)
        {
            for (var hole = tokens[i - 1].Position + 1; hole < tokens[i].Position; hole++)
            {
                parts.Add(string.Empty);
            }

            parts.Add(tokens[i].Term);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The stems of a key (holes as empty strings).</summary>
    public static IReadOnlyList<string> Stems(string key) => key.Split(' ');

    /// <summary>The key of a phrase (a gloss, a query) with holes, or null when it has no stem.</summary>
    public static string? EnglishKey(string phrase)
    {
        var tokens = EnglishTokens(phrase);
        return tokens.Count == 0 ? null : EnglishKey(tokens, 0, tokens.Count - 1);
    }

    /// <summary>A key without its holes: what inflection-insensitive equality compares (<i>shortness breath</i>).</summary>
    public static string Solid(string key) => string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Every English n-gram of <paramref name="text"/>: up to <see cref="MaxStems"/> stems within
    /// <see cref="MaxPositions"/> positions, never across a break (comma, full stop, bracket…).
    /// </summary>
    public static IEnumerable<(string Key, int Start, int End)> EnglishGrams(string text, List<GramToken>? tokens = null)
    {
        tokens ??= EnglishTokens(text);
        for (var first = 0; first < tokens.Count; first++)
        {
            for (var last = first; last < tokens.Count && last - first < MaxStems; last++)
            {
                if (tokens[last].Position - tokens[first].Position >= MaxPositions || (last > first && HasBreak(text, tokens[last - 1].End, tokens[last].Start)))
                {
                    break;
                }

                yield return (EnglishKey(tokens, first, last), tokens[first].Start, tokens[last].End);
            }
        }
    }

    /// <summary>
    /// Every run of up to <see cref="MaxWords"/> SmartCn words of <paramref name="text"/> that stand side by side
    /// (nothing between them, or one space or hyphen: <i>COVID-19</i>, <i>1918 年</i>), as the exact string it spans.
    /// </summary>
    public static IEnumerable<(int Start, int End)> ChineseGrams(string text, List<GramToken>? tokens = null)
    {
        tokens ??= ChineseTokens(text);
        for (var first = 0; first < tokens.Count; first++)
        {
            for (var last = first; last < tokens.Count && last - first < MaxWords; last++)
            {
                if (last > first && !Joined(text, tokens[last - 1].End, tokens[last].Start))
                {
                    break;
                }

                if (!char.IsWhiteSpace(text[tokens[first].Start]) && !char.IsWhiteSpace(text[tokens[last].End - 1]))
                {
                    yield return (tokens[first].Start, tokens[last].End);
                }
            }
        }
    }

    private static bool Joined(string text, int end, int start) =>
        start == end || (start == end + 1 && text[end] is ' ' or '-');

    private static bool HasBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Breaks.Contains(text[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Tokens that cover text (an analyzer may emit an empty or out-of-range span; a rendering needs a real one).
    private static List<GramToken> Grams(IReadOnlyList<(string Term, int Position, int Start, int End)> tokens, string text) =>
        tokens.Where(t => t.End > t.Start && t.End <= text.Length).Select(t => new GramToken(t.Term, t.Position, t.Start, t.End)).ToList();
}
