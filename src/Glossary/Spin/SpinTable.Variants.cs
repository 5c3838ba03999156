namespace Glossary.Spin;

// The spun variants of a term, for look-ups and searches in spun documents, and their verification in place.
public sealed partial class SpinTable
{
    private const int MaxVariants = 32;

    /// <summary>
    /// The spun forms a spinner may have written for each of <paramref name="forms"/> (技术 → 手艺, 移民 → 移平易近),
    /// each with the form it stands for; forms whose pairs are only possible are left out.
    /// </summary>
    internal Dictionary<string, string> SpunVariants(IEnumerable<string> forms)
    {
        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            var made = new List<string>();
            Vary(form, 0, string.Empty, made);
            foreach (var variant in made.Where(v => v != form))
            {
                variants.TryAdd(variant, form);
            }
        }

        return variants;
    }

    /// <summary>
    /// Whether restoring <paramref name="text"/>, a stretch of a spun document whose mark is <paramref name="mark"/>
    /// (<see cref="Mark"/>), turns the stretch at <paramref name="start"/> into <paramref name="expected"/>, with no
    /// substitution crossing the stretch's ends.
    /// </summary>
    internal bool RestoresTo(ReadOnlySpan<char> text, int start, int length, string expected, long mark)
    {
        // Matching starts where the first form that could cover the stretch's first character may begin, not at the
        // window's start: look-ups of common terms verify thousands of occurrences, and every learned form met on the
        // way costs a reading of its context by the word model (a lead-in of twice the longest form made a look-up
        // of a spun term 3–4× slower than as written; most of it judging words that could never reach the stretch).
        // The restored stretch is compared piece by piece with the expected form, never built: no string per occurrence.
        var rest = expected.AsSpan();
        var at = start;
        foreach (var match in Match(text, GateOf(mark), LeadIn(text, start), start + length))
        {
            var end = match.Offset + match.Pair.Spun.Length;
            if (end <= start || !match.Pair.Restorable || match.Possibly || !Restores(match))
            {
                continue;
            }

            if (match.Offset >= start + length)
            {
                break;
            }

            if (match.Offset < start || end > start + length)
            {
                return false;
            }

            if (!Consume(ref rest, text[at..match.Offset]) || !Consume(ref rest, match.Pair.Original))
            {
                return false;
            }

            at = end;
        }

        return Consume(ref rest, text[at..(start + length)]) && rest.IsEmpty;

        static bool Consume(ref ReadOnlySpan<char> rest, ReadOnlySpan<char> piece)
        {
            if (!rest.StartsWith(piece, StringComparison.Ordinal))
            {
                return false;
            }

            rest = rest[piece.Length..];
            return true;
        }
    }

    // The first place before start where a form long enough to reach past start may begin (start if none): a
    // substitution there would cross the stretch's start, and the stretch would not restore on its own.
    private int LeadIn(ReadOnlySpan<char> text, int start)
    {
        for (var at = Math.Max(0, start - _longest + 1); at < start; at++)
        {
            if (at + _all.Longest(text[at]) > start)
            {
                return at;
            }
        }

        return start;
    }

    private void Vary(string form, int at, string prefix, List<string> made)
    {
        if (made.Count >= MaxVariants)
        {
            return;
        }

        if (at == form.Length)
        {
            made.Add(prefix);
            return;
        }

        Vary(form, at + 1, prefix + form[at], made);
        for (var length = 1; length <= Math.Min(_longestOriginal, form.Length - at); length++)
        {
            if (_spunForms.TryGetValue(form.Substring(at, length), out var spunForms))
            {
                foreach (var spun in spunForms)
                {
                    Vary(form, at + length, prefix + spun, made);
                }
            }
        }
    }
}
