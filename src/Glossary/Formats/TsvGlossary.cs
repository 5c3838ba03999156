namespace Glossary.Formats;

// OmegaT's tab-separated glossary: term<TAB>gloss<TAB>note, one gloss per line, '#' starts a comment line. OmegaT
// reads the first three columns and ignores the rest, so three optional columns carry what OmegaT has no place for:
// variants (other surface forms, separated by '|'), pinyin, and the status of the line's gloss.
internal static class TsvGlossary
{
    public const string Header = "# term\tgloss\tnote\tvariants\tpinyin\tstatus";

    public static List<TermEntry> Read(string text, IssueLog log)
    {
        var entries = new EntryList();
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace() || line.TrimStart().StartsWith("#"))
            {
                continue;
            }

            var cells = line.ToString().Split('\t');
            var term = EntryBuilder.Clean(cells[0]);
            var gloss = cells.Length > 1 ? EntryBuilder.Clean(cells[1]) : null;
            var problem = cells.Length < 2 ? "expected at least two tab-separated columns (term, gloss); found no tab"
                : term is null ? "the term (column 1) is empty"
                : gloss is null ? "the gloss (column 2) is empty"
                : null;
            if (problem is not null)
            {
                log.Report(lineNumber, problem, "line skipped");
                continue;
            }

            var status = TermStatus.Unspecified;
            if (Cell(cells, 5) is { } word)
            {
                if (StatusNames.Parse(word) is { } parsed)
                {
                    status = parsed;
                }
                else
                {
                    log.Report(lineNumber, $"unknown status '{word}' in column 6 (expected preferred, admitted, deprecated or forbidden)", "the gloss is kept without a status");
                }
            }

            var entry = entries.For(term!);
            entry.AddGloss(new Designation(gloss!) { Status = status });
            entry.AddNote(Cell(cells, 2));
            entry.AddVariants(Cell(cells, 3));
            entry.Pinyin ??= Cell(cells, 4);
        }

        return entries.Build(log.Source);
    }

    public static void Write(TextWriter writer, IEnumerable<TermEntry> entries)
    {
        writer.Write(Header + "\n");
        foreach (var entry in entries)
        {
            for (var i = 0; i < entry.Translations.Count; i++)
            {
                var first = i == 0;
                string[] cells =
                [
                    entry.Term,
                    entry.Translations[i].Text,
                    first ? entry.Note ?? string.Empty : string.Empty,
                    first ? string.Join('|', entry.Variants) : string.Empty,
                    first ? entry.Pinyin ?? string.Empty : string.Empty,
                    StatusNames.Word(entry.Translations[i].Status),
                ];
                writer.Write(string.Join('\t', cells.Select(OneLine)).TrimEnd('\t') + "\n");
            }
        }
    }

    private static string? Cell(string[] cells, int index) => index < cells.Length ? EntryBuilder.Clean(cells[index]) : null;

    // A cell cannot hold a tab or a line break in this format: they become spaces.
    private static string OneLine(string cell) =>
        cell.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
