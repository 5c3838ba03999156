using Glossary.Errors;
using Glossary.Terms;

namespace Glossary.Formats;

// OmegaT's tab-separated glossary: term<TAB>gloss<TAB>note, one gloss per line, '#' starts a comment line. OmegaT
// reads the first three columns and ignores the rest, so three optional columns carry what OmegaT has no place for:
// variants (other surface forms, separated by '|'), pinyin, and the status of the line's gloss. They are read only
// when a '#' header line names them (as this library writes it): other tools put other things in a fourth column
// (a domain, a source), and reading "IT" as a variant would then mark every "IT" in a text.
//
// The other '#' lines are the file's comments: they are kept (without the '#' and the one space after it) and written
// back at the top, after the column header line, which the writer writes itself. Their place among the entries is
// not kept.
internal static class TsvGlossary
{
    public const string Header = "# term\tgloss\tnote\tvariants\tpinyin\tstatus";

    public static (List<TermEntry> Entries, List<string> Comments) Read(string text, IssueLog log)
    {
        var entries = new EntryList();
        var comments = new List<string>();
        var lineNumber = 0;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ignoredFrom = 0; // the first line whose extra columns were ignored, reported once
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if (line.TrimStart().StartsWith("#"))
            {
                var comment = line.TrimStart()[1..].ToString();
                if (!ReadHeader(comment, columns))
                {
                    comments.Add(comment.StartsWith(' ') ? comment[1..] : comment);
                }

                continue;
            }

            var cells = line.ToString().Split('\t');
            if (cells.Length > 3 && columns.Count == 0 && ignoredFrom == 0 && cells.Skip(3).Any(c => c.Trim().Length > 0))
            {
                ignoredFrom = lineNumber;
            }
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

            string? Named(string name) => columns.TryGetValue(name, out var index) ? Cell(cells, index) : null;
            var status = TermStatus.Unspecified;
            if (Named("status") is { } word)
            {
                if (StatusNames.Parse(word) is { } parsed)
                {
                    status = parsed;
                }
                else
                {
                    log.Report(lineNumber, $"unknown status '{word}' (expected preferred, admitted, deprecated or forbidden)", "the gloss is kept without a status");
                }
            }

            var entry = entries.For(term!);
            entry.AddGloss(new Designation(gloss!) { Status = status });
            entry.AddNote(Cell(cells, 2));
            entry.AddVariants(Named("variants"));
            entry.Pinyin ??= Named("pinyin");
        }

        if (ignoredFrom > 0)
        {
            log.Report(ignoredFrom, "this line has more than three columns, but no '#' header line names them",
                $"columns 4 and up are ignored, as OmegaT ignores them; to read them as variants, pinyin and status, start the file with the line '{Header.Replace("\t", "<TAB>", StringComparison.Ordinal)}'");
        }

        return (entries.Build(log.Source), comments);
    }

    // A comment line naming the columns (term, gloss, …) maps the optional ones by name, in whatever order. Such a
    // line is a header, not a comment, even when it names no optional column: the writer writes its own.
    private static bool ReadHeader(string line, Dictionary<string, int> columns)
    {
        var names = line.Split('\t').Select(n => n.Trim()).ToArray();
        if (names.Length < 2 || !names[0].Equals("term", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (names.Length < 4)
        {
            return true;
        }

        columns.Clear();
        for (var i = 3; i < names.Length; i++)
        {
            if (names[i] is { Length: > 0 } name)
            {
                columns.TryAdd(name, i);
            }
        }

        return true;
    }

    public static void Write(TextWriter writer, IEnumerable<TermEntry> entries, IEnumerable<string> comments)
    {
        writer.Write(Header + "\n");
        foreach (var line in comments.SelectMany(c => c.ReplaceLineEndings("\n").Split('\n')))
        {
            writer.Write(line.Length == 0 ? "#\n" : $"# {line}\n");
        }

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
