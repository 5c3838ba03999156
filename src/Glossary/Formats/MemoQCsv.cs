using Glossary.Terms;

namespace Glossary.Formats;

// memoQ's CSV term base, as memoQ exports it and its import maps it by the header: entry fields first (Entry_Note),
// then per language its definition (`English (United States)_Def`) and one column per term, repeated as often as the
// entry with the most terms needs. One row per entry. memoQ has no pinyin field: a `Pinyin` column comes last, which
// memoQ's import leaves out unless it is mapped and this library reads by name. Statuses are not written: memoQ keeps
// them in Term_Info, whose CSV encoding it does not document (the reader ignores Term_Info for the same reason).
internal static class MemoQCsv
{
    public const string Chinese = "Chinese (PRC)", English = "English (United States)";

    public static void Write(TextWriter output, IReadOnlyList<TermEntry> entries)
    {
        var forms = entries.Count == 0 ? 1 : entries.Max(e => e.Forms.Count);
        var glosses = entries.Count == 0 ? 1 : entries.Max(e => e.Translations.Count);
        CsvCells.WriteRow(output,
            ["Entry_Note", .. Enumerable.Repeat(Chinese, forms), English + "_Def", .. Enumerable.Repeat(English, glosses), "Pinyin"]);
        foreach (var entry in entries)
        {
            CsvCells.WriteRow(output,
            [
                entry.Note,
                .. Padded(entry.Forms.Select(f => f.Text), forms),
                entry.Definition,
                .. Padded(entry.Translations.Select(t => t.Text), glosses),
                entry.Pinyin,
            ]);
        }
    }

    private static IEnumerable<string> Padded(IEnumerable<string> cells, int count) =>
        cells.Concat(Enumerable.Repeat(string.Empty, count)).Take(count);
}
