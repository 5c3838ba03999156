using System.Text;

namespace Glossary.Formats;

// OmegaT's tab-separated glossary: term<TAB>gloss<TAB>note, one entry per line, '#' starts a comment line. OmegaT
// reads the first three columns and ignores the rest, so two optional columns carry what OmegaT has no place for:
// variants (other surface forms, separated by '|') and pinyin. Several lines with one term make one entry with
// several glosses, as in OmegaT.
internal static class TsvGlossaryReader
{
    public static (List<TermEntry> Entries, List<GlossaryIssue> Issues) Read(TextReader reader, string source, bool strict)
    {
        var builders = new Dictionary<string, EntryBuilder>(StringComparer.Ordinal);
        var order = new List<EntryBuilder>();
        var issues = new List<GlossaryIssue>();
        var lineNumber = 0;
        string? line;
        while ((line = ReadLine(reader, source)) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            var problem = cells.Length < 2 ? "expected at least two tab-separated columns (term, gloss); found no tab"
                : cells[0].Trim().Length == 0 ? "the term (column 1) is empty"
                : cells[1].Trim().Length == 0 ? "the gloss (column 2) is empty"
                : null;
            if (problem is not null)
            {
                var issue = new GlossaryIssue(source, lineNumber, problem);
                if (strict)
                {
                    throw new GlossaryFormatException(issue);
                }

                issues.Add(issue);
                continue;
            }

            var term = cells[0].Trim();
            if (!builders.TryGetValue(term, out var builder))
            {
                builders[term] = builder = new EntryBuilder(term);
                order.Add(builder);
            }

            builder.Add(cells);
        }

        if (order.Count == 0)
        {
            throw new GlossaryFormatException(issues.Count > 0
                ? issues[0] with { Reason = $"no entry could be read; first problem: {issues[0].Reason}" }
                : new GlossaryIssue(source, 0, "the glossary is empty: expected lines of term<TAB>gloss<TAB>note"));
        }

        return (order.Select(b => b.Build(source)).ToList(), issues);
    }

    private static string? ReadLine(TextReader reader, string source)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException e)
        {
            throw new GlossaryFormatException(
                new GlossaryIssue(source, 0, "the file is not valid UTF-8 text (save it as UTF-8)"), e);
        }
    }

    private sealed class EntryBuilder(string term)
    {
        private readonly List<string> _glosses = [];
        private readonly List<string> _variants = [];
        private string? _note;
        private string? _pinyin;

        public void Add(string[] cells)
        {
            AddDistinct(_glosses, cells[1].Trim());
            _note ??= Cell(cells, 2);
            foreach (var variant in (Cell(cells, 3) ?? string.Empty).Split('|'))
            {
                if (variant.Trim() is { Length: > 0 } v && v != term)
                {
                    AddDistinct(_variants, v);
                }
            }

            _pinyin ??= Cell(cells, 4);
        }

        public TermEntry Build(string source) => new(term, _glosses)
        {
            Variants = _variants, Note = _note, Pinyin = _pinyin, Source = source,
        };

        private static string? Cell(string[] cells, int index) =>
            index < cells.Length && cells[index].Trim() is { Length: > 0 } value ? value : null;

        private static void AddDistinct(List<string> list, string value)
        {
            if (!list.Contains(value, StringComparer.Ordinal))
            {
                list.Add(value);
            }
        }
    }
}
