using Glossary.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// The substitutions in one aligned pair, as align.py finds them: the original and the spun sentence are aligned
/// character by character, adjacent changes form one changed span, each span is widened to the whole jieba words of
/// the original that it touches, widened spans that overlap are merged, and each is mapped through the alignment to the
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
            // Only overlapping spans merge: two words changed side by side (咱们能够 for 我们可以) are two substitutions.
            if (merged.Count > 0 && a < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, b));
            }
            else
            {
                merged.Add((a, b));
            }
        }

        // A word the spinner dropped beside a word it changed belongs to that change (可所以 for 可以是: 以是 read as
        // 所以, the 是 gone): alone it would be no substitution, and the change beside it would restore too little.
        // Such a stretch stays whole: trimming its shared ends would leave 所以 for 以是.
        string SpunOf((int Start, int End) span) => spun[alignment.Map(span.Start, left: true)..alignment.Map(span.End, left: false)];
        var whole = new HashSet<(int Start, int End)>();
        for (var i = 0; i < merged.Count; i++)
        {
            if (SpunOf(merged[i]).Length > 0)
            {
                continue;
            }

            if (i > 0 && merged[i - 1].End == merged[i].Start)
            {
                merged[i - 1] = (merged[i - 1].Start, merged[i].End);
                whole.Add(merged[i - 1]);
                merged.RemoveAt(i--);
            }
            else if (i + 1 < merged.Count && merged[i].End == merged[i + 1].Start)
            {
                merged[i + 1] = (merged[i].Start, merged[i + 1].End);
                whole.Add(merged[i + 1]);
                merged.RemoveAt(i--);
            }
        }

        var found = new List<(string, string)>();
        foreach (var (a, b) in merged)
        {
            var (o, s) = (original[a..b], SpunOf((a, b)));
            if (!words.IsWord(o) && !whole.Contains((a, b)))
            {
                (o, s) = Trim(o, s);
            }

            // Both sides all Han: a change of punctuation, digits or Latin letters is copy drift, not the spinner's.
            if (o != s && o.Length <= Longest && s.Length <= Longest && AllHan(o) && AllHan(s))
            {
                found.Add((s, o));
            }
        }

        return found;
    }

    // Characters both sides share at either end of a stretch that is not one word were not changed (的根 for 的基 is 根
    // for 基): widening can take them in when the spinner changed only part of it. A whole word stays whole (应用 for 使用).
    private static (string Original, string Spun) Trim(string original, string spun)
    {
        var start = 0;
        while (start < Math.Min(original.Length, spun.Length) - 1 && original[start] == spun[start])
        {
            start++;
        }

        var end = 0;
        while (end < Math.Min(original.Length, spun.Length) - start - 1 && original[^(end + 1)] == spun[^(end + 1)])
        {
            end++;
        }

        return (original[start..^end], spun[start..^end]);
    }

    private static bool AllHan(string text) => text.Length > 0 && Han.Count(text) == text.Length;

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
