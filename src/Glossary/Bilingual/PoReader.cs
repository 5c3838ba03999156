using System.Globalization;
using System.Text;
using Glossary.Errors;
using Glossary.Terms;

namespace Glossary.Bilingual;

// gettext PO and POT: entries of msgctxt, msgid, msgid_plural, msgstr and msgstr[n], each a C string that may go on
// over several lines; comments before an entry (#. #: #, # and #|). The header entry (msgid "") names the target
// language (Language: zh_CN) and, rarely, the source (X-Source-Language); the source is English otherwise, as
// gettext assumes. An entry is one unit, or one per plural form (msgid with msgstr[0], msgid_plural with the others).
// Obsolete entries (#~) are not units. An entry whose msgstr is empty was never translated: its source stands alone.
internal static class PoReader
{
    private sealed class Entry
    {
        public int Line { get; set; }

        public string? Context { get; set; }

        public string? Id { get; set; }

        public string? Plural { get; set; }

        public SortedDictionary<int, string> Strings { get; } = [];

        public List<string> Notes { get; } = [];

        public bool Fuzzy { get; set; }
    }

    public static BilingualDocument Read(string text, IssueLog log)
    {
        var entries = new List<Entry>();
        var current = new Entry();
        Action<string>? append = null; // where a continuation line ("…") goes
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith("#~", StringComparison.Ordinal))
            {
                append = null;
                continue;
            }

            if (line.StartsWith('#'))
            {
                if (current.Id is not null)
                {
                    entries.Add(current);
                    current = new Entry();
                }

                ReadComment(line, current);
                append = null;
                continue;
            }

            if (line.StartsWith('"'))
            {
                if (append is null || PoStrings.Unquote(line) is not { } more)
                {
                    log.Report(number, append is null ? "a string with no keyword before it" : "a string that is not closed", "line skipped");
                    continue;
                }

                append(more);
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var keyword = space < 0 ? line : line[..space];
            if (space < 0 || PoStrings.Unquote(line[(space + 1)..].Trim()) is not { } value)
            {
                log.Report(number, $"expected a keyword and a quoted string, found '{Cut(line)}'", "line skipped");
                append = null;
                continue;
            }

            if (keyword is "msgctxt" or "msgid" && current.Id is not null && (keyword == "msgctxt" || current.Strings.Count > 0))
            {
                entries.Add(current);
                current = new Entry();
            }

            current.Line = current.Line == 0 ? number : current.Line;
            var entry = current;
            switch (keyword)
            {
                case "msgctxt":
                    entry.Context = value;
                    append = s => entry.Context += s;
                    break;
                case "msgid":
                    entry.Id = value;
                    append = s => entry.Id += s;
                    break;
                case "msgid_plural":
                    entry.Plural = value;
                    append = s => entry.Plural += s;
                    break;
                case "msgstr":
                    entry.Strings[0] = value;
                    append = s => entry.Strings[0] += s;
                    break;
                case var k when k.StartsWith("msgstr[", StringComparison.Ordinal) && k.EndsWith(']')
                    && int.TryParse(k.AsSpan(7, k.Length - 8), NumberStyles.None, CultureInfo.InvariantCulture, out var form):
                    entry.Strings[form] = value;
                    append = s => entry.Strings[form] += s;
                    break;
                default:
                    log.Report(number, $"unknown keyword '{keyword}'", "line skipped");
                    append = null;
                    break;
            }
        }

        if (current.Id is not null)
        {
            entries.Add(current);
        }

        return Build(entries, log);
    }

    private static BilingualDocument Build(List<Entry> entries, IssueLog log)
    {
        var header = entries.FirstOrDefault(e => e.Id == string.Empty && e.Context is null);
        var target = Header(header, "Language") is { Length: > 0 } language ? language : "und";
        var source = Header(header, "X-Source-Language") is { Length: > 0 } declared ? declared : "en";
        var units = new List<TranslationUnit>();
        foreach (var entry in entries.Where(e => e != header))
        {
            if (string.IsNullOrEmpty(entry.Id))
            {
                log.Report(entry.Line, "an entry with an empty msgid", "entry skipped");
                continue;
            }

            var id = entry.Context is null ? entry.Id : $"{entry.Context}\u0004{entry.Id}"; // gettext's own context separator
            var state = entry.Fuzzy ? "fuzzy" : null;
            if (entry.Plural is null)
            {
                units.Add(Unit(id, entry, source, entry.Id, target, entry.Strings.GetValueOrDefault(0), state));
                continue;
            }

            var forms = Math.Max(2, entry.Strings.Count == 0 ? 2 : entry.Strings.Keys.Max() + 1);
            for (var form = 0; form < forms; form++)
            {
                units.Add(Unit($"{id}[{form}]", entry, source, form == 0 ? entry.Id : entry.Plural, target, entry.Strings.GetValueOrDefault(form), state));
            }
        }

        return new BilingualDocument(log.Source, BilingualFormat.Po, source, target == "und" ? null : target, units, log.Issues, TermBase.Empty);
    }

    private static TranslationUnit Unit(string id, Entry entry, string source, string text, string target, string? translation, string? state)
    {
        List<UnitText> texts = string.IsNullOrEmpty(translation) ? [new(source, text)] : [new(source, text), new(target, translation)];
        return new TranslationUnit(id, entry.Line, texts, entry.Notes, state);
    }

    // "Language: zh_CN\n" in the header entry's msgstr.
    private static string? Header(Entry? header, string field)
    {
        foreach (var line in (header?.Strings.GetValueOrDefault(0) ?? string.Empty).Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private static void ReadComment(string line, Entry entry)
    {
        if (line.StartsWith("#,", StringComparison.Ordinal))
        {
            entry.Fuzzy |= line[2..].Split(',').Any(f => f.Trim() == "fuzzy");
        }
        else if (line.StartsWith("#|", StringComparison.Ordinal))
        {
            // the previous msgid of a fuzzy entry: not a note a reader needs
        }
        else
        {
            var note = line.TrimStart('#', '.', ':').Trim();
            if (note.Length > 0)
            {
                entry.Notes.Add(note);
            }
        }
    }

    private static string Cut(string line) => line.Length <= 40 ? line : line[..39] + "…";
}
