namespace Glossary.Querying;

/// <summary>
/// Whether an occurrence of a Chinese term stands as a word of its own: it starts and ends where SmartCn's words do,
/// and, at an edge that is a Latin letter or a digit, the text does not go on with one (COVID in COVID-19).
/// </summary>
internal static class ChineseBoundaries
{
    // SmartCn reads a window around the occurrence, not the whole unit: its segmentation is local, and a unit may be
    // long.
    private const int Window = 8;

    /// <summary>
    /// The units whose Chinese side holds the term as a word of its own, when at least two do; otherwise all of them.
    /// Each as its id and its other-language text.
    /// </summary>
    public static List<(string Unit, string Text)> WhereAWord(string term, IReadOnlyList<(string Unit, string Chinese, string Translation)> units)
    {
        var all = new List<(string, string)>(units.Count);
        var words = new List<(string, string)>();
        foreach (var (unit, chinese, translation) in units)
        {
            all.Add((unit, translation));
            if (IsAWordIn(term, chinese ?? string.Empty))
            {
                words.Add((unit, translation));
            }
        }

        return Environment.GetEnvironmentVariable("RF_CLEAN") == "0" ? all : words.Count >= 2 ? words : all;
    }

    public static bool IsAWordIn(string term, string text)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if (Continues(text, at - 1, term[0]) || Continues(text, end, term[^1]))
            {
                continue;
            }

            var from = Math.Max(0, at - Window);
            var window = text[from..Math.Min(text.Length, end + Window)];
            var tokens = RenderingGrams.ChineseTokens(window);
            if (tokens.Any(t => t.Start == at - from) && tokens.Any(t => t.End == end - from))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the character at i carries on a Latin word or number that the term's edge character belongs to.
    private static bool Continues(string text, int i, char edge) =>
        (uint)i < (uint)text.Length && IsLatin(edge) && (IsLatin(text[i]) || text[i] == '-');

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
