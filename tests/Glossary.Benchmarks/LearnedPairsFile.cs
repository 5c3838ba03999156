using System.Globalization;
using System.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// Writes learned pairs in the spin table's format (spun, original, kind, confidence, note, example, rules) with two
/// trailing columns, family and evidence. The example stays empty: the pairs come from third-party texts, and only
/// facts derived from them (forms, counts, file ids) may be kept.
/// </summary>
internal static class LearnedPairsFile
{
    public static string Format(IEnumerable<LearnedSpinPair> pairs, IEnumerable<string> header)
    {
        var text = new StringBuilder();
        foreach (var line in header)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        text.Append("spun\toriginal\tkind\tconfidence\tnote\texample\trules\tfamily\tevidence\n");
        foreach (var pair in pairs)
        {
            var note = string.Create(CultureInfo.InvariantCulture,
                $"learned: {pair.Count} occurrence{(pair.Count == 1 ? "" : "s")} in {pair.Files.Count} file{(pair.Files.Count == 1 ? "" : "s")}; clean corpora: {pair.CleanCount}");
            // A single character is part of too many real words for its context window to decide (作 for 做 is a spinner's
            // in 做用 and genuine in 工作): it is shown as possibly spun, never restored.
            var confidence = pair.Spun.Length == 1 ? "medium" : "verified";
            text.Append(CultureInfo.InvariantCulture,
                $"{pair.Spun}\t{pair.Original}\t{pair.Kind}\t{confidence}\t{note}\t\t{(pair.Fingerprint ? "fingerprint " : "")}evidence:{pair.Weight:F1}\t{pair.Family}\t{pair.Evidence}\n");
        }

        return text.ToString();
    }
}
