using Glossary.Terms;

namespace Glossary.Formats;

// OmegaT's CSV glossary has three columns: term, translation, comment. What it has no column for is folded into the
// comment as labelled parts, the note last since it is the only free text: `pinyin: dà mǎimài; variants: 大交易|大買賣;
// status: deprecated; note: spun from 大交易`. OmegaT shows the comment as written, and the parts are read back by
// their labels. A part ends where the next label begins ("; variants: "), so a value may hold "; " itself. A note
// alone is written bare, unless it starts like a label; a comment that starts with no label is all note, which is how
// hand-made OmegaT glossaries read.
internal static class OmegaTComment
{
    private const string Pinyin = "pinyin: ", Variants = "variants: ", Status = "status: ", Note = "note: ";
    private static readonly string[] Labels = [Pinyin, Variants, Status, Note];

    /// <summary>The parts of a comment: what OmegaT's layout folded into it.</summary>
    public sealed record Parts(string? Pinyin, string? Variants, string? Status, string? Note);

    public static string Fold(string? pinyin, IEnumerable<string> variants, TermStatus status, string? note)
    {
        var parts = new List<string>();
        Add(Pinyin, pinyin);
        Add(Variants, string.Join('|', variants));
        Add(Status, StatusNames.Word(status));
        if (!string.IsNullOrEmpty(note))
        {
            parts.Add(parts.Count > 0 || Labels.Any(l => note.StartsWith(l, StringComparison.Ordinal)) ? Note + note : note);
        }

        return string.Join("; ", parts);

        void Add(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(label + value);
            }
        }
    }

    public static Parts Unfold(string? comment)
    {
        var rest = comment ?? string.Empty;
        var values = new string?[3];
        for (var i = 0; i < values.Length; i++)
        {
            if (!rest.StartsWith(Labels[i], StringComparison.Ordinal))
            {
                continue;
            }

            rest = rest[Labels[i].Length..];
            var end = Labels.Skip(i + 1)
                .Select(label => rest.IndexOf("; " + label, StringComparison.Ordinal))
                .Where(at => at >= 0)
                .DefaultIfEmpty(rest.Length)
                .Min();
            values[i] = rest[..end];
            rest = end < rest.Length ? rest[(end + 2)..] : string.Empty;
        }

        rest = rest.StartsWith(Note, StringComparison.Ordinal) ? rest[Note.Length..] : rest;
        return new Parts(EntryBuilder.Clean(values[0]), EntryBuilder.Clean(values[1]), EntryBuilder.Clean(values[2]), EntryBuilder.Clean(rest));
    }
}
