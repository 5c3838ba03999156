
namespace Glossary.Formats;

// Writes one CSV row by hand where Sep's writer cannot serve: memoQ's header repeats column names (a `Chinese (PRC)`
// column per form), and OmegaT's reader needs a first cell starting with '#' quoted (it skips lines that start with
// '#'). Quoting follows RFC 4180, which OmegaT's own parser reads: a cell with a comma, a quote or a line break is
// quoted and its quotes doubled.
internal static class CsvCells
{
    public static void WriteRow(TextWriter output, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                output.Write(',');
            }

            var text = cell ?? string.Empty;
            var quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (first && text.StartsWith('#'));
            output.Write(quote ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text);
            first = false;
        }

        output.Write('\n');
    }
}
