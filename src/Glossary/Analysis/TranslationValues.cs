using System.Text;

namespace Glossary.Analysis;

// The other languages of a bilingual passage as one binary doc value: UTF-8 of language U+001F text, with U+001E
// between languages. Neither separator occurs in text read from XML (XML 1.0 forbids them); should a line of aligned
// text or PO hold one, it becomes a space, so the encoding needs no escapes.
internal static class TranslationValues
{
    private const char LanguageEnd = '\u001F';
    private const char TextEnd = '\u001E';

    public static byte[] Encode(IEnumerable<(string Language, string Text)> texts) =>
        Encoding.UTF8.GetBytes(string.Join(TextEnd, texts.Select(t => t.Language + LanguageEnd + Clean(t.Text))));

    public static List<(string Language, string Text)> Decode(ReadOnlySpan<byte> bytes)
    {
        var texts = new List<(string, string)>();
        if (bytes.IsEmpty)
        {
            return texts;
        }

        foreach (var part in Encoding.UTF8.GetString(bytes).Split(TextEnd))
        {
            var end = part.IndexOf(LanguageEnd, StringComparison.Ordinal);
            texts.Add(end < 0 ? (string.Empty, part) : (part[..end], part[(end + 1)..]));
        }

        return texts;
    }

    private static string Clean(string text) =>
        text.Contains(LanguageEnd, StringComparison.Ordinal) || text.Contains(TextEnd, StringComparison.Ordinal)
            ? text.Replace(LanguageEnd, ' ').Replace(TextEnd, ' ')
            : text;
}
