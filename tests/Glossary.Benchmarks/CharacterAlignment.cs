namespace Glossary.Benchmarks;

/// <summary>
/// A character alignment of two short strings (a spun sentence and its original), as difflib's opcodes: runs of equal
/// characters and the changed stretches between them, from a longest-common-subsequence table. Also the
/// character-level edit distance that the restoration is scored with. Strings are sentences (≤ a few hundred
/// characters), so the quadratic tables are fine.
/// </summary>
internal sealed class CharacterAlignment
{
    private CharacterAlignment(List<Opcode> opcodes) => Opcodes = opcodes;

    /// <summary>Equal runs and changes, in order; each covers [A1, A2) of the first string and [B1, B2) of the second.</summary>
    public IReadOnlyList<Opcode> Opcodes { get; }

    public static CharacterAlignment Of(string a, string b)
    {
        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var opcodes = new List<Opcode>();
        var (x, y, changeA, changeB) = (0, 0, 0, 0);
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y] && lcs[x, y] == lcs[x + 1, y + 1] + 1)
            {
                if (changeA < x || changeB < y)
                {
                    opcodes.Add(new Opcode(false, changeA, x, changeB, y));
                }

                var (startA, startB) = (x, y);
                while (x < a.Length && y < b.Length && a[x] == b[y] && lcs[x, y] == lcs[x + 1, y + 1] + 1)
                {
                    (x, y) = (x + 1, y + 1);
                }

                opcodes.Add(new Opcode(true, startA, x, startB, y));
                (changeA, changeB) = (x, y);
            }
            else if (y >= b.Length || (x < a.Length && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        if (changeA < a.Length || changeB < b.Length)
        {
            opcodes.Add(new Opcode(false, changeA, a.Length, changeB, b.Length));
        }

        return new CharacterAlignment(opcodes);
    }

    /// <summary>
    /// Where a boundary at <paramref name="x"/> of the first string falls in the second (align.py's map_boundary): a
    /// pure insertion at x is taken in (it belongs to the stretch being mapped), and a boundary inside a change maps to
    /// the change's start for a left edge and its end for a right edge.
    /// </summary>
    public int Map(int x, bool left)
    {
        foreach (var op in Opcodes.Where(o => !o.Equal && o.A1 == x && o.A2 == x))
        {
            return left ? op.B1 : op.B2;
        }

        foreach (var op in Opcodes.Where(o => o.Equal && o.A1 <= x && x <= o.A2))
        {
            return op.B1 + (x - op.A1);
        }

        var change = Opcodes.First(o => o.A1 <= x && x <= o.A2);
        return x == change.A1 ? change.B1 : x == change.A2 ? change.B2 : left ? change.B1 : change.B2;
    }

    /// <summary>The same alignment seen from the second string.</summary>
    public CharacterAlignment Swapped() => new(Opcodes.Select(o => new Opcode(o.Equal, o.B1, o.B2, o.A1, o.A2)).ToList());

    /// <summary>Character-level Levenshtein distance.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    internal readonly record struct Opcode(bool Equal, int A1, int A2, int B1, int B2);
}
