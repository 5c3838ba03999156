namespace Glossary.Querying;

// A search box, not a query language: any string is valid. Text in double quotes is a phrase that must occur as
// written; everything else is split at white space into words that may occur. An unpaired quote is ignored, and a
// word without a letter or digit (lone punctuation, Lucene operators such as '*' or ')') is dropped.
internal static class QueryText
{
    public static List<(string Text, bool Required)> Parse(string query)
    {
        var parts = new List<(string, bool)>();
        var pairedQuotes = query.Count(c => c == '"') / 2 * 2;
        var quoted = false;
        var start = 0;
        for (var i = 0; i <= query.Length; i++)
        {
            var atQuote = i < query.Length && query[i] == '"' && pairedQuotes > 0;
            if (i < query.Length && !atQuote)
            {
                continue;
            }

            var chunk = query[start..i].Replace("\"", " ", StringComparison.Ordinal);
            if (quoted)
            {
                Add(parts, chunk.Trim(), required: true);
            }
            else
            {
                foreach (var word in chunk.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(parts, word, required: false);
                }
            }

            if (atQuote)
            {
                pairedQuotes--;
                quoted = !quoted;
            }

            start = i + 1;
        }

        return parts;
    }

    /// <summary>Whether the text has a Latin letter, so its words may be English and worth matching against glosses.</summary>
    public static bool HasLatin(string text) => text.Any(c => char.IsAsciiLetter(c) || c is >= 'Ａ' and <= 'ｚ');

    private static void Add(List<(string, bool)> parts, string text, bool required)
    {
        if (text.Any(char.IsLetterOrDigit) || text.Any(char.IsSurrogate))
        {
            parts.Add((text, required));
        }
    }
}
