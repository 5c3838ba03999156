using nietras.SeparatedValues;

namespace Glossary.Formats;

// CSV (RFC 4180, read and written by Sep): a header row names the columns, in any order and any letter case; the
// separator (comma, semicolon, tab) is detected from the header. One row per gloss; rows sharing a term make one
// entry, and the entry's own fields (pinyin, note, variants, definition, term status) are written on its first row.
internal static class CsvGlossary
{
    private enum Column { Term, Gloss, Pinyin, Note, Variants, Definition, Status, PartOfSpeech, TermStatus, TermPartOfSpeech }

    // Written in this order; read under any of the names listed (compared without case, spaces, '_' or '-').
    private static readonly (Column Column, string[] Names)[] Columns =
    [
        (Column.Term, ["term", "source", "chinese", "zh", "headword", "simplified", "hanzi"]),
        (Column.Gloss, ["gloss", "translation", "target", "english", "en", "meaning"]),
        (Column.Pinyin, ["pinyin", "pronunciation", "reading"]),
        (Column.Note, ["note", "notes", "comment", "comments"]),
        (Column.Variants, ["variants", "variant", "traditional"]),
        (Column.Definition, ["definition"]),
        (Column.Status, ["status", "gloss status", "usage status", "translation status"]),
        (Column.PartOfSpeech, ["part of speech", "pos", "gloss part of speech"]),
        (Column.TermStatus, ["term status"]),
        (Column.TermPartOfSpeech, ["term part of speech", "term pos"]),
    ];

    public static List<TermEntry> Read(string text, IssueLog log)
    {
        var entries = new EntryList();
        var lineStarts = LineStarts(text);
        Dictionary<Column, int>? columns = null;
        char separator = ',';
        var firstLine = 1; // the file's line number of the chunk's first line
        while (firstLine <= lineStarts.Count)
        {
            var chunk = text[lineStarts[firstLine - 1]..];
            var options = (columns is null ? Sep.Reader() : Sep.New(separator).Reader()) with
            {
                HasHeader = columns is null, Unescape = true, DisableColCountCheck = true, DisableQuotesParsing = false,
            };
            using var reader = options.FromText(chunk);
            if (columns is null)
            {
                separator = reader.Spec.Sep.Separator;
                columns = MapHeader(reader.Header.ColNames, log);
            }

            int? restartAt = null;
            foreach (var row in reader)
            {
                var line = firstLine - 1 + row.LineNumberFrom;
                if (row.Span.Count('"') % 2 != 0)
                {
                    log.Report(line, "a quoted field opened on this line is never closed; row skipped, reading goes on from the next line");
                    restartAt = line + 1;
                    break;
                }

                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                }

                ReadRow(cells, columns, entries, line, log);
            }

            if (restartAt is null)
            {
                break;
            }

            firstLine = restartAt.Value;
        }

        return entries.Build(log.Source);
    }

    public static void Write(TextWriter output, IEnumerable<TermEntry> entries)
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

    private static Dictionary<Column, int> MapHeader(IReadOnlyList<string> names, IssueLog log)
    {
        var map = new Dictionary<Column, int>();
        for (var i = 0; i < names.Count; i++)
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

        if (!map.ContainsKey(Column.Term) || !map.ContainsKey(Column.Gloss))
        {
            throw log.Fatal(
                $"the first row must name a term column and a gloss (or translation) column; it names: {string.Join(", ", names.Select(n => $"'{n}'"))}",
                line: 1);
        }

        return map;
    }

    private static void ReadRow(string[] cells, Dictionary<Column, int> columns, EntryList entries, int line, IssueLog log)
    {
        string? Cell(Column column) =>
            columns.TryGetValue(column, out var i) && i < cells.Length ? EntryBuilder.Clean(cells[i]) : null;

        var term = Cell(Column.Term);
        var gloss = Cell(Column.Gloss);
        if (term is null && gloss is null && cells.All(string.IsNullOrWhiteSpace))
        {
            return; // a blank line
        }

        if (term is null || gloss is null)
        {
            log.Report(line, $"the {(term is null ? "term" : "gloss")} is empty; row skipped");
            return;
        }

        var entry = entries.For(term);
        entry.AddGloss(new Designation(gloss) { Status = Status(Cell(Column.Status)), PartOfSpeech = Cell(Column.PartOfSpeech) });
        entry.SetTermStatus(Status(Cell(Column.TermStatus)), Cell(Column.TermPartOfSpeech));
        entry.AddNote(Cell(Column.Note));
        entry.AddVariants(Cell(Column.Variants));
        entry.Pinyin ??= Cell(Column.Pinyin);
        entry.Definition ??= Cell(Column.Definition);

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

            log.Report(line, $"unknown status '{word}' (expected preferred, admitted, deprecated or forbidden); kept without a status");
            return TermStatus.Unspecified;
        }
    }

    private static string Normalise(string name) =>
        new(name.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant).ToArray());

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                if (i + 1 < text.Length)
                {
                    starts.Add(i + 1);
                }
            }
        }

        return starts;
    }
}
