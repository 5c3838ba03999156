using Glossary.Errors;

namespace Glossary.Formats;

// Cuts CSV text into records (rows) and checks their quotes before Sep splits and unescapes the fields. Sep, like
// most fast parsers, trusts the quotes: one stray quote pairs with the next one, wherever it is, and silently glues
// the rows between into one field. Here a quote opens a field only at the start of a field (RFC 4180); elsewhere it
// is a literal character (a 5" screen). A quoted field must close with a quote followed by a separator or the end of
// a line; one that does not is reported at the line where it opened, and reading goes on from the next line, so one
// broken row never costs the rows after it.
internal static class CsvRecords
{
    public static List<(int Line, string Text)> Split(string text, char separator, IssueLog log)
    {
        var records = new List<(int Line, string Text)>();
        var at = 0;
        var line = 1;
        while (at < text.Length)
        {
            var scan = Scan(text, at, line, separator);
            if (scan.OpenedAt is { } opened)
            {
                var skipped = line < opened ? $"the row from line {line} is skipped" : "row skipped";
                log.Report(opened, scan.Problem!, $"{skipped}, reading goes on from the next line");
                (at, line) = (StartOfLine(text, at, line, opened + 1), opened + 1);
                continue;
            }

            var record = text[at..scan.End];
            records.Add((line, scan.LiteralQuotes ? QuoteLiteralQuotes(record, separator) : record));
            (at, line) = (scan.Next, scan.NextLine);
        }

        return records;
    }

    private enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }

    private readonly record struct ScanResult(int End, int Next, int NextLine, int? OpenedAt, string? Problem, bool LiteralQuotes = false);

    private static ScanResult Scan(string text, int at, int line, char separator)
    {
        var state = State.FieldStart;
        var openedAt = line;
        var literalQuotes = false;
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            var lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));
            switch (state)
            {
                case State.Quoted when c == '"':
                    state = State.QuoteInQuoted;
                    continue;
                case State.Quoted:
                    line += lineBreak ? 1 : 0;
                    continue;
                case State.QuoteInQuoted when c == '"':
                    state = State.Quoted; // a doubled quote inside a quoted field
                    continue;
                case State.QuoteInQuoted when c != separator && c != '\r' && !lineBreak:
                    return new ScanResult(0, 0, 0, openedAt,
                        $"a quoted field opened on this line is never closed properly: the quote on line {line} that would close it is followed by text (write a quote inside a quoted field as two quotes)");
                case State.FieldStart when c == '"':
                    state = State.Quoted;
                    openedAt = line;
                    continue;
            }

            if (lineBreak)
            {
                var end = c == '\n' && i > at && text[i - 1] == '\r' ? i - 1 : i;
                return new ScanResult(end, i + 1, line + 1, null, null, literalQuotes);
            }

            literalQuotes |= state == State.Unquoted && c == '"';
            state = c == separator ? State.FieldStart : c == '\r' ? state : State.Unquoted;
        }

        return state == State.Quoted
            ? new ScanResult(0, 0, 0, openedAt, "a quoted field opened on this line is never closed")
            : new ScanResult(text.Length, text.Length, line, null, null, literalQuotes);
    }

    // Sep would take a quote inside an unquoted field (5" screen) for the start of a quoted section; such fields are
    // rewritten the way RFC 4180 spells them ("5"" screen") before Sep reads the record.
    private static string QuoteLiteralQuotes(string record, char separator)
    {
        var fields = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= record.Length; i++)
        {
            if (i == record.Length || (record[i] == separator && !quoted))
            {
                var field = record[start..i];
                fields.Add(field.StartsWith('"') || !field.Contains('"', StringComparison.Ordinal)
                    ? field
                    : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
                start = i + 1;
            }
            else if (record[i] == '"' && (quoted || i == start))
            {
                quoted = !quoted; // a doubled quote toggles twice
            }
        }

        return string.Join(separator, fields);
    }

    // The index where line `target` starts, scanning from `at` (the start of line `line`).
    private static int StartOfLine(string text, int at, int line, int target)
    {
        for (var i = at; i < text.Length && line < target; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                at = i + 1;
            }
        }

        return line < target ? text.Length : at;
    }
}
