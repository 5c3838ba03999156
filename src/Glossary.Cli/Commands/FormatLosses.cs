using Glossary.Cli.Rendering.Text;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Cli.Commands;

/// <summary>
/// What a glossary holds that a target format cannot: TSV and OmegaT's CSV layout have no place for definitions, parts
/// of speech or the status of a Chinese form; memoQ's CSV layout none for statuses or parts of speech; CSV none for the
/// status of a variant, nor (but OmegaT's layout) for comments. TBX holds everything.
/// </summary>
internal static class FormatLosses
{
    public static IEnumerable<string> Of(TermBase terms, GlossaryFormat target, CsvLayout layout = CsvLayout.Full)
    {
        var entries = terms.Entries;
        if (target == GlossaryFormat.Tbx)
        {
            yield break;
        }

        var name = target != GlossaryFormat.Csv ? "TSV" : layout switch
        {
            CsvLayout.OmegaT => "OmegaT's CSV layout",
            CsvLayout.MemoQ => "memoQ's CSV layout",
            _ => "CSV",
        };
        var likeTsv = target == GlossaryFormat.Tsv || layout == CsvLayout.OmegaT;
        var lost = new List<string>();
        var readings = entries.GroupBy(e => e.Term, StringComparer.Ordinal).Count(g => g.Count() > 1);
        if (readings > 0)
        {
            lost.Add($"several entries with one term ({Numbers.Count(readings, "term", "terms")}, such as a dictionary's readings of 行): their lines merge into one entry when read back");
        }

        Count(lost, "the status or part of speech of variants", entries.Count(e => e.Forms.Skip(1).Any(f => f.Status != TermStatus.Unspecified || f.PartOfSpeech is not null)));
        if (target == GlossaryFormat.Tsv)
        {
            // A line starting with '#' is a comment to OmegaT and to the TSV reader alike.
            Count(lost, "terms that start with '#'", entries.Count(e => e.Term.StartsWith('#')));
        }

        if (likeTsv)
        {
            Count(lost, "definitions", entries.Count(e => e.Definition is not null));
            Count(lost, "parts of speech", entries.Count(e => e.Forms[0].PartOfSpeech is not null || e.Translations.Any(t => t.PartOfSpeech is not null)));
            Count(lost, "the status of Chinese terms", entries.Count(e => e.Status != TermStatus.Unspecified));
        }
        else if (layout == CsvLayout.MemoQ)
        {
            Count(lost, "statuses", entries.Count(e => e.Status != TermStatus.Unspecified || e.Translations.Any(t => t.Status != TermStatus.Unspecified)));
            Count(lost, "parts of speech", entries.Count(e => e.Forms[0].PartOfSpeech is not null || e.Translations.Any(t => t.PartOfSpeech is not null)));
        }

        if (!likeTsv && terms.Comments.Count > 0)
        {
            lost.Add($"comments ({Numbers.Count(terms.Comments.Count, "line", "lines")})");
        }

        foreach (var item in lost)
        {
            yield return $"{name} has no place for {item}; use .tbx to keep them";
        }
    }

    private static void Count(List<string> lost, string what, int entries)
    {
        if (entries > 0)
        {
            lost.Add($"{what} ({Numbers.Count(entries, "entry", "entries")})");
        }
    }
}
