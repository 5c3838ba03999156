using Glossary.Errors;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Formats;

// OmegaT's CSV glossary (GlossaryReaderCSV): term, translation, comment; no header row, since OmegaT reads every line
// that does not start with '#' as an entry; comma only; one line per row (OmegaT reads line by line, so a line break
// inside a cell would cut the row: the writer turns line breaks into spaces). One row per gloss, as OmegaT shows
// several glosses of a term; the entry's own fields (pinyin, variants, note) on its first row, each gloss's status on
// its own, folded into the comment (OmegaTComment). The file opens with `# term,translation,comment`, which OmegaT
// skips and this library recognises, then the glossary's comments as `#` lines.
internal static class OmegaTCsv
{
    public const string LayoutLine = "# term,translation,comment";

    public static void Write(TextWriter output, IEnumerable<TermEntry> entries, IReadOnlyList<string> comments)
    {
        output.Write(LayoutLine + "\n");
        foreach (var line in comments.SelectMany(c => c.ReplaceLineEndings("\n").Split('\n')))
        {
            output.Write(line.Length == 0 ? "#\n" : $"# {line}\n");
        }

        foreach (var entry in entries)
        {
            for (var i = 0; i < entry.Translations.Count; i++)
            {
                var gloss = entry.Translations[i];
                var comment = i == 0
                    ? OmegaTComment.Fold(entry.Pinyin, entry.Variants, gloss.Status, entry.Note)
                    : OmegaTComment.Fold(null, [], gloss.Status, null);
                CsvCells.WriteRow(output, [OneLine(entry.Term), OneLine(gloss.Text), OneLine(comment)]);
            }
        }
    }

    // A Han character in the first cell: a header never names a column in Han characters but 中文 or 英语, which the
    // language mapping has taken before this is asked.
    /// <summary>Whether a first row that names no columns starts an OmegaT glossary: the layout line or another
    /// <c>#</c> line (OmegaT skips both), or a Chinese term in its first cell, as hand-made OmegaT glossaries start.</summary>
    public static bool Recognises(string firstLine, string? firstCell) =>
        firstLine.StartsWith('#') || Han.Any(firstCell);

    /// <summary>A comment line's text (<c># text</c>), or <see langword="null"/> for the layout line.</summary>
    public static string? Comment(string line)
    {
        if (Squeeze(line) == Squeeze(LayoutLine))
        {
            return null;
        }

        var text = line[1..];
        return text.StartsWith(' ') ? text[1..] : text;
    }

    public static void ReadRow(string[] cells, EntryList entries, int line, IssueLog log)
    {
        var term = cells.Length > 0 ? EntryBuilder.Clean(cells[0]) : null;
        var gloss = cells.Length > 1 ? EntryBuilder.Clean(cells[1]) : null;
        if (term is null || gloss is null)
        {
            log.Report(line, $"the {(term is null ? "term" : "translation")} is empty", "row skipped");
            return;
        }

        var parts = OmegaTComment.Unfold(cells.Length > 2 ? cells[2] : null);
        var status = TermStatus.Unspecified;
        if (parts.Status is { } word)
        {
            status = StatusNames.Parse(word) ?? TermStatus.Unspecified;
            if (status == TermStatus.Unspecified)
            {
                log.Report(line, $"unknown status '{word}' in the comment (expected preferred, admitted, deprecated or forbidden)", "the gloss is kept without a status");
            }
        }

        var entry = entries.For(term);
        entry.AddGloss(new Designation(gloss) { Status = status });
        entry.AddNote(parts.Note);
        entry.AddVariants(parts.Variants);
        entry.Pinyin ??= parts.Pinyin;
    }

    private static string OneLine(string cell) =>
        cell.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());
}
