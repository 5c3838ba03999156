using Glossary.Terms;

namespace Glossary.Reading;

// In a bilingual unit, where the other side renders a term of the Chinese side: each gloss of the unit's entries
// (without its parenthesised remarks), found without regard to case at word boundaries, longer glosses first, never
// overlapping. The page highlights them when the source term's popup is open.
internal static class TranslationMarks
{
    public static List<(int Offset, int Length, int Entry)> Find(string translation, IEnumerable<int> entries, PageModel model)
    {
        var candidates = entries.Distinct()
            .SelectMany(e => model.Entries[e].Entry.Glosses.Select(g => (Gloss: Clean(g), Entry: e)))
            .Where(c => c.Gloss.Length > 1)
            .OrderByDescending(c => c.Gloss.Length)
            .ToList();
        var marks = new List<(int Offset, int Length, int Entry)>();
        foreach (var (gloss, entry) in candidates)
        {
            for (var at = translation.IndexOf(gloss, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = translation.IndexOf(gloss, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + gloss.Length;
                if (IsWordAt(translation, at - 1) || IsWordAt(translation, end) || marks.Exists(m => at < m.Offset + m.Length && m.Offset < end))
                {
                    continue;
                }

                marks.Add((at, gloss.Length, entry));
            }
        }

        marks.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return marks;
    }

    private static string Clean(string gloss)
    {
        var open = gloss.IndexOf('(', StringComparison.Ordinal);
        return (open >= 0 ? gloss[..open] : gloss).Trim();
    }

    private static bool IsWordAt(string text, int index) => index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);
}
