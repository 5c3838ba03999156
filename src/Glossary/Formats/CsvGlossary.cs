using nietras.SeparatedValues;
using Glossary.Errors;
using Glossary.Terms;

namespace Glossary.Formats;

// CSV (RFC 4180, read and written by Sep): a header row names the columns, in any order and any letter case; the
// separator (comma, semicolon, tab) is detected from the header. One row per gloss; rows sharing a term make one
// entry, and the entry's own fields (pinyin, note, variants, definition, term status) are written on its first row.
// A header naming languages instead (memoQ's and Trados's exports: `Chinese (PRC)`, `en-US`, `Chinese (PRC)_Def`) is
// mapped by CsvLanguageColumns: one row per entry, each Chinese column a form and each English column a gloss.
internal static class CsvGlossary
{
    private enum Column { Term, Gloss, Pinyin, Note, Variants, Definition, Status, PartOfSpeech, TermStatus, TermPartOfSpeech }

    // Written in this order; read under any of the names listed (compared without case, spaces, '_' or '-').
    private static readonly (Column Column, string[] Names)[] Columns =
    [
        (Column.Term, ["term", "source", "chinese", "zh", "headword", "simplified", "hanzi"]),
        (Column.Gloss, ["gloss", "translation", "target", "english", "en", "meaning"]),
        (Column.Pinyin, ["pinyin", "pronunciation", "reading"]),
        (Column.Note, ["note", "notes", "comment", "comments", "entry note"]),
        (Column.Variants, ["variants", "variant", "traditional"]),
        (Column.Definition, ["definition"]),
        (Column.Status, ["status", "gloss status", "usage status", "translation status"]),
        (Column.PartOfSpeech, ["part of speech", "pos", "gloss part of speech"]),
        (Column.TermStatus, ["term status"]),
        (Column.TermPartOfSpeech, ["term part of speech", "term pos"]),
    ];

    public static (List<TermEntry> Entries, List<string> Comments) Read(string text, IssueLog log)
    {
        var entries = new EntryList();
        var comments = new List<string>();
        var headerLine = FirstLine(text);
        var separator = DetectSeparator(headerLine);
        if (headerLine.Length == 0)
        {
            throw log.Fatal("the file has no header row");
        }

        // A first row that names no columns may start OmegaT's layout (term, translation, comment, no header), which
        // OmegaT reads with commas only; the row is looked at alone so that no problem is reported twice.
        var firstCells = Rows([(0, headerLine)], separator).First().Cells;
        var omegaT = !NamesColumns(firstCells) && OmegaTCsv.Recognises(headerLine, firstCells.FirstOrDefault());
        separator = omegaT ? ',' : separator;
        var records = CsvRecords.Split(text, separator, log);
        var first = records.FindIndex(r => !string.IsNullOrWhiteSpace(r.Text) && !r.Text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase));
        if (omegaT)
        {
            // OmegaT skips every line that starts with '#': this library keeps them as the glossary's comments.
            foreach (var (_, row) in records.Where(r => r.Text.StartsWith('#')))
            {
                if (OmegaTCsv.Comment(row) is { } comment)
                {
                    comments.Add(comment);
                }
            }

            foreach (var (line, cells) in Rows(records.Where(r => !r.Text.StartsWith('#') && !string.IsNullOrWhiteSpace(r.Text)), separator))
            {
                OmegaTCsv.ReadRow(cells, entries, line, log);
            }

            return (entries.Build(log.Source), comments);
        }

        Header? columns = null;
        foreach (var (line, cells) in Rows(records.Skip(first), separator))
        {
            if (columns is null)
            {
                columns = MapHeader(cells, line, log) ?? throw log.Fatal(
                    $"the first row must name a term column and a gloss (or translation) column, or be OmegaT's term, translation, comment; it names: {string.Join(", ", cells.Select(n => $"'{n}'"))}",
                    line: line);
                continue;
            }

            ReadRow(cells, columns, entries, line, log);
        }

        return (entries.Build(log.Source), comments);
    }

    // The records are whole and their quotes checked: Sep splits and unescapes their fields in one pass. The header is
    // read as a row, so repeated or empty column names (Excel's trailing empty columns) are harmless.
    private static IEnumerable<(int Line, string[] Cells)> Rows(IEnumerable<(int Line, string Text)> records, char separator)
    {
        var list = records.ToList();
        using var reader = Sep.New(separator)
            .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .FromText(string.Join('\n', list.Select(r => r.Text)));
        var index = 0;
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            yield return (list[index++].Line, cells);
        }
    }

    // The header row: the first line that is not blank, trimmed.
    private static string FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                return line.Trim().ToString();
            }
        }

        return string.Empty;
    }

    // The separator is the one Excel's "sep=;" first line names, else the one of , ; tab | that the header row (the
    // first line that is not blank) uses most (Excel writes ';' in many locales).
    private static char DetectSeparator(string header)
    {
        if (header.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && header.Length == 5)
        {
            return header[4];
        }

        var best = ',';
        var most = 0;
        foreach (var candidate in ",;\t|")
        {
            var count = header.AsSpan().Count(candidate);
            if (count > most)
            {
                (best, most) = (candidate, count);
            }
        }

        return best;
    }

    public static void Write(TextWriter output, TermBase terms, CsvLayout layout)
    {
        switch (layout)
        {
            case CsvLayout.OmegaT:
                OmegaTCsv.Write(output, terms.Entries, terms.Comments);
                return;
            case CsvLayout.MemoQ:
                MemoQCsv.Write(output, terms.Entries);
                return;
            default:
                WriteFull(output, terms.Entries);
                return;
        }
    }

    private static void WriteFull(TextWriter output, IEnumerable<TermEntry> entries)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        foreach (var entry in entries)
        {
            for (var i = 0; i < entry.Translations.Count; i++)
            {
                var gloss = entry.Translations[i];
                var first = i == 0;
                using var row = writer.NewRow();
                foreach (var (column, names) in Columns)
                {
                    row[names[0]].Set(column switch
                    {
                        Column.Term => entry.Term,
                        Column.Gloss => gloss.Text,
                        Column.Status => StatusNames.Word(gloss.Status),
                        Column.PartOfSpeech => gloss.PartOfSpeech ?? string.Empty,
                        _ when !first => string.Empty,
                        Column.Pinyin => entry.Pinyin ?? string.Empty,
                        Column.Note => entry.Note ?? string.Empty,
                        Column.Variants => string.Join('|', entry.Variants),
                        Column.Definition => entry.Definition ?? string.Empty,
                        Column.TermStatus => StatusNames.Word(entry.Status),
                        Column.TermPartOfSpeech => entry.Forms[0].PartOfSpeech ?? string.Empty,
                        _ => string.Empty,
                    });
                }
            }
        }
    }

    // The columns of this library's header, and the language columns when the header names languages.
    private sealed record Header(Dictionary<Column, int> Fields, CsvLanguageColumns? Languages);

    // This library's header is read as before when its term and gloss columns are the only Chinese and English ones
    // (a bare `Chinese`, `English` counts as its own); otherwise the columns named by language decide. A row that names
    // neither is no header (null).
    private static Header? MapHeader(string[] names, int line, IssueLog log)
    {
        var (map, languages) = Map(names);
        if (map.ContainsKey(Column.Term) && map.ContainsKey(Column.Gloss) && languages.FitsOwnHeader)
        {
            return new Header(map, null);
        }

        if (languages.NamesLanguages)
        {
            return languages.Problem() is { } problem ? throw log.Fatal(problem, line: line) : new Header(map, languages);
        }

        return null;
    }

    // Whether a row names columns at all (this library's or languages), rightly or not.
    private static bool NamesColumns(string[] names)
    {
        var (map, languages) = Map(names);
        return (map.ContainsKey(Column.Term) && map.ContainsKey(Column.Gloss)) || languages.NamesLanguages;
    }

    private static (Dictionary<Column, int> Map, CsvLanguageColumns Languages) Map(string[] names)
    {
        var map = new Dictionary<Column, int>();
        for (var i = 0; i < names.Length; i++)
        {
            var name = Normalise(names[i]);
            foreach (var (column, aliases) in Columns)
            {
                if (aliases.Any(a => Normalise(a) == name))
                {
                    map.TryAdd(column, i);
                }
            }
        }

        var languages = CsvLanguageColumns.Map(names, map.TryGetValue(Column.Term, out var t) ? t : null, map.TryGetValue(Column.Gloss, out var g) ? g : null);
        return (map, languages);
    }

    private static void ReadRow(string[] cells, Header header, EntryList entries, int line, IssueLog log)
    {
        string? Cell(Column column) =>
            header.Fields.TryGetValue(column, out var i) && i < cells.Length ? EntryBuilder.Clean(cells[i]) : null;

        var (terms, glosses) = header.Languages?.Read(cells) ?? (Listed(Cell(Column.Term)), Listed(Cell(Column.Gloss)));
        if (cells.All(string.IsNullOrWhiteSpace))
        {
            return; // a blank line
        }

        if (terms.Count == 0 || glosses.Count == 0)
        {
            var (term, gloss) = header.Languages is null ? ("term", "gloss") : ("Chinese term", "English term");
            log.Report(line, $"the {(terms.Count == 0 ? term : gloss)} is empty", "row skipped");
            return;
        }

        var entry = entries.For(terms[0]);
        foreach (var variant in terms.Skip(1))
        {
            entry.AddForm(new Designation(variant));
        }

        var (status, partOfSpeech) = (Status(Cell(Column.Status)), Cell(Column.PartOfSpeech));
        foreach (var gloss in glosses)
        {
            entry.AddGloss(new Designation(gloss) { Status = status, PartOfSpeech = partOfSpeech });
        }

        entry.SetTermStatus(Status(Cell(Column.TermStatus)), Cell(Column.TermPartOfSpeech));
        entry.AddNote(Cell(Column.Note));
        entry.AddVariants(Cell(Column.Variants));
        entry.Pinyin ??= Cell(Column.Pinyin);
        entry.Definition ??= header.Languages?.Definition(cells) ?? Cell(Column.Definition);

        TermStatus Status(string? word)
        {
            if (word is null)
            {
                return TermStatus.Unspecified;
            }

            if (StatusNames.Parse(word) is { } status)
            {
                return status;
            }

            log.Report(line, $"unknown status '{word}' (expected preferred, admitted, deprecated or forbidden)", "the gloss is kept without a status");
            return TermStatus.Unspecified;
        }
    }

    private static List<string> Listed(string? cell) => cell is null ? [] : [cell];

    private static string Normalise(string name) =>
        new(name.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant).ToArray());
}
