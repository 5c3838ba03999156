namespace Glossary.Benchmarks;

/// <summary>
/// The substitutions in one aligned pair, as align.py finds them: the original and the spun sentence are aligned
/// character by character, adjacent changes form one changed span, each span is widened to the whole jieba words of
/// the original that it touches, widened spans that touch are merged, and each is mapped through the alignment to the
/// spun side. Spans with no Han character, and spans longer than <see cref="Longest"/> on either side (a misalignment
/// rather than a substitution), and spans a table row cannot hold (a tab, a line break, a '/') are left out.
/// </summary>
internal static class SpinSubstitutionSpans
{
    public const int Longest = 8;

    public static List<(string Spun, string Original)> Find(string spun, string original, JiebaWords words)
    {
        var alignment = CharacterAlignment.Of(original, spun);
        var tokens = words.Segment(original);
        var widened = new List<(int Start, int End)>();
        foreach (var (start, end) in ChangedGroups(alignment))
        {
            var (a, b) = (start, end);
            if (a == b)
            {
                // An insertion belongs to the word before it (or, at the start, the one after it).
                (a, b) = a > 0 ? (a - 1, b) : (a, Math.Min(original.Length, b + 1));
            }

            foreach (var (s, e) in tokens.Where(t => t.Start < b && t.End > a))
            {
                (a, b) = (Math.Min(a, s), Math.Max(b, e));
            }

            widened.Add((a, b));
        }

        var merged = new List<(int Start, int End)>();
        foreach (var (a, b) in widened.OrderBy(w => w.Start))
        {
            if (merged.Count > 0 && a <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, b));
            }
            else
            {
                merged.Add((a, b));
            }
        }

        var found = new List<(string, string)>();
        foreach (var (a, b) in merged)
        {
            var (o, s) = (original[a..b], spun[alignment.Map(a, left: true)..alignment.Map(b, left: false)]);
            if (o != s && o.Length <= Longest && s.Length <= Longest && (HasHan(o) || HasHan(s)) && Writable(s) && Writable(o))
            {
                found.Add((s, o));
            }
        }

        return found;
    }

    public static bool HasHan(string text) => text.Any(c => c is >= '\u3400' and <= '\u9fff');

    // A form the table's TSV can hold: not empty, no control character, no space at either end (the reader trims),
    // not read as a comment or as alternatives.
    private static bool Writable(string form) =>
        form.Length > 0 && !form.Any(char.IsControl) && form.Trim() == form && !form.StartsWith('#') && !form.Contains('/', StringComparison.Ordinal);

    // Runs of adjacent changes (no equal character between them), as [start, end) in the original.
    private static IEnumerable<(int Start, int End)> ChangedGroups(CharacterAlignment alignment)
    {
        (int Start, int End)? group = null;
        foreach (var op in alignment.Opcodes)
        {
            if (op.Equal)
            {
                if (group is { } done)
                {
                    yield return done;
                }

                group = null;
            }
            else
            {
                group = group is { } open ? (open.Start, op.A2) : (op.A1, op.A2);
            }
        }

        if (group is { } last)
        {
            yield return last;
        }
    }
}
