using Glossary.Spin;

namespace Glossary.Benchmarks;

/// <summary>
/// Scores a restoration against the originals of aligned pairs. The spun sides are one document (joined by "\n"),
/// analysed and restored as a whole. Precision: the share of replacements whose text equals the original at that
/// place (exact string equality), the place being the replacement's span in the restored sentence mapped into the
/// original through a character alignment of the two. (Mapping the spun span through an alignment of the spun
/// sentence instead smears its edges into neighbouring changes: 东西不克不及 against 工具不能 aligns one 不 of 不克不及
/// with 不, so a right 不克不及→不能 was compared with 工具不能.) Recall: the share of the character edit distance between spun and original that the restoration
/// removed, Σ (d(spun, original) − d(restored, original)) / Σ d(spun, original), sentence by sentence (it goes
/// negative when restoring makes the text further from the original).
/// </summary>
internal sealed class RestorationScore
{
    public int Sentences { get; private set; }

    public long Characters { get; private set; }

    public int Replacements { get; private set; }

    public int Correct { get; private set; }

    public long DistanceBefore { get; private set; }

    public long DistanceAfter { get; private set; }

    public int SpunVerdicts { get; private set; }

    public int Documents { get; private set; }

    /// <summary>Each wrong replacement: the spun form, what it was restored to, and what the original has there.</summary>
    public List<(string Spun, string Restored, string Original)> Wrong { get; } = [];

    public double Precision => Replacements == 0 ? double.NaN : (double)Correct / Replacements;

    public double Recall => DistanceBefore == 0 ? double.NaN : (double)(DistanceBefore - DistanceAfter) / DistanceBefore;

    /// <summary>Restores the pairs' spun sides with the table and adds the result to the score.</summary>
    public void Add(SpinTable table, IReadOnlyList<AlignedPair> pairs)
    {
        var document = string.Join('\n', pairs.Select(p => p.Spun));
        var report = table.Analyze(document);
        var restored = report.Restore();
        var lines = restored.Text.Split('\n');
        Documents++;
        SpunVerdicts += report.Verdict == SpinVerdict.Spun ? 1 : 0;
        Sentences += pairs.Count;
        Characters += document.Length;

        var restoredStarts = new int[pairs.Count];
        for (var k = 1; k < pairs.Count; k++)
        {
            restoredStarts[k] = restoredStarts[k - 1] + lines[k - 1].Length + 1;
        }

        var alignments = pairs.Select((p, k) => CharacterAlignment.Of(lines[k], p.Original)).ToList();
        foreach (var replacement in restored.Replacements)
        {
            var k = Array.FindLastIndex(restoredStarts, s => s <= replacement.Offset);
            var at = replacement.Offset - restoredStarts[k];
            var (from, to) = (alignments[k].Map(at, left: true), alignments[k].Map(at + replacement.Length, left: false));
            var (expected, actual) = (pairs[k].Original[from..to], restored.Text.Substring(replacement.Offset, replacement.Length));
            Replacements++;
            if (expected == actual)
            {
                Correct++;
            }
            else
            {
                Wrong.Add((replacement.Substitution.Spun, actual, expected));
            }
        }

        for (var k = 0; k < pairs.Count; k++)
        {
            DistanceBefore += CharacterAlignment.EditDistance(pairs[k].Spun, pairs[k].Original);
            DistanceAfter += CharacterAlignment.EditDistance(lines[k], pairs[k].Original);
        }
    }
}
