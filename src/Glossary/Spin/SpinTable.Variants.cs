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
    /// Whether restoring <paramref name="text"/> (as a spun text) turns the stretch at <paramref name="start"/> into
    /// <paramref name="expected"/>, with no substitution crossing the stretch's ends.
    /// </summary>
    internal bool RestoresTo(ReadOnlySpan<char> text, int start, int length, string expected)
    {
        // Matching starts a little before the stretch, not at the window's start: enough to see any form that covers
        // its first character (the longest form, twice over for a stretch of overlapping candidates), and look-ups
        // of common terms verify thousands of occurrences.
        // The restored stretch is compared piece by piece with the expected form, never built: no string per occurrence.
        var rest = expected.AsSpan();
        var at = start;
        foreach (var match in Match(text, MatchGate.Any, Math.Max(0, start - (2 * _longest)), start + length))
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
