namespace Glossary.Spin;

// Matching: one pass, left to right, the longest form at each place whose context does not exclude it.
public sealed partial class SpinTable
{
    // A match is never looked into again, so chained pairs (可以→能够, 能够→可以或许) cannot cascade.
    private List<PairMatch> Match(ReadOnlySpan<char> text, int from = 0, int until = int.MaxValue)
    {
        var matches = new List<PairMatch>();
        for (var i = from; i < Math.Min(text.Length, until);)
        {
            var found = _starts[text[i]] ? Longest(text, i) : null;
            if (found is null)
            {
                i++;
                continue;
            }

            matches.Add(found.Value);
            i += found.Value.Pair.Spun.Length;
        }

        return matches;
    }

    private PairMatch? Longest(ReadOnlySpan<char> text, int at)
    {
        for (var length = Math.Min(_longest, text.Length - at); length > 0; length--)
        {
            if (!_lookup.TryGetValue(text.Slice(at, length), out var pair))
            {
                continue;
            }

            // A "not" context wins over a "possibly" one: the form is a real word here, and a shorter form may match.
            var possibly = false;
            var real = false;
            foreach (var guard in pair.Guards)
            {
                if (guard.Holds(text, at))
                {
                    (real, possibly) = (real || !guard.Possibly, possibly || guard.Possibly);
                }
            }

            if (real)
            {
                continue;
            }

            return new PairMatch(at, pair, possibly);
        }

        return null;
    }

    private readonly record struct PairMatch(int Offset, SpinPair Pair, bool Possibly);
}
