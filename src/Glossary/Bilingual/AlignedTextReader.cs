using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Glossary.Errors;
using Glossary.Terms;

namespace Glossary.Bilingual;

// Tab-separated aligned text: one unit per line, source TAB target; '#' starts a comment line; a line without a
// target (or with an empty one) is a source-only unit. The languages are named by a first line of two language tags
// (en-US TAB zh-CN); without one, each column is named by its script: mostly Han characters is zh, mostly Latin
// letters is en, anything else und (unknown).
internal static partial class AlignedTextReader
{
    public static BilingualDocument Read(string text, IssueLog log)
    {
        var rows = new List<(int Line, string Source, string? Target)>();
        (string Source, string Target)? named = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (rows.Count == 0 && named is null && cells.Length == 2 && LanguageTag().IsMatch(cells[0].Trim()) && LanguageTag().IsMatch(cells[1].Trim()))
            {
                named = (cells[0].Trim(), cells[1].Trim());
                continue;
            }

            if (cells.Length > 2)
            {
                log.Report(number, $"expected two tab-separated columns (source, target); found {cells.Length}", "line skipped");
                continue;
            }

            if (cells[0].Trim().Length == 0)
            {
                log.Report(number, "the source (column 1) is empty", "line skipped");
                continue;
            }

            rows.Add((number, cells[0], cells.Length == 2 && cells[1].Trim().Length > 0 ? cells[1] : null));
        }

        var (source, target) = named ?? (Script(rows.Select(r => r.Source)), Script(rows.Select(r => r.Target).OfType<string>()));
        var units = rows.Select(r => new TranslationUnit(
            r.Line.ToString(CultureInfo.InvariantCulture), r.Line,
            r.Target is null ? [new UnitText(source, r.Source)] : [new UnitText(source, r.Source), new UnitText(target, r.Target)], [], null)).ToList();
        return new BilingualDocument(log.Source, BilingualFormat.AlignedText, source, target, units, log.Issues, TermBase.Empty);
    }

    // The language of a column by the script of its letters.
    private static string Script(IEnumerable<string> cells)
    {
        long han = 0, latin = 0, letters = 0;
        foreach (var cell in cells)
        {
            foreach (var rune in cell.EnumerateRunes())
            {
                if (!Rune.IsLetter(rune))
                {
                    continue;
                }

                letters++;
                han += rune.Value is >= 0x3400 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF ? 1 : 0;
                latin += rune.Value < 0x250 ? 1 : 0;
            }
        }

        return letters == 0 ? "und" : han * 2 >= letters ? "zh" : latin * 2 >= letters ? "en" : "und";
    }

    // en, zh-CN, zh_Hans, eng-US: a primary subtag of two or three letters and optional subtags.
    [GeneratedRegex(@"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
