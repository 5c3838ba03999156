namespace Glossary.Checking;

// Two English stems of one word family, as a translator would accept the one for the other. KStem is conservative:
// it folds the inflections of words in its dictionary (files → file) but leaves others (washing, isolated) and every
// derivation (vaccine, vaccination; infect, infection) apart, and a memory writes whichever the sentence needs.
// Related when, their -ing or -ed and a final e taken off, the roots are equal, or the shorter root, at least five
// letters long, begins the longer (state and statement stay apart: "stat" is too short to say a family), or the two
// differ in one last letter after six in common (virulence, virulent; contract and contrast differ in two). Prefixes
// are not undone: re- would make research a search. An agent is another thing than its act (programmer, program;
// inspector, inspect), so -er, -or, -ist and -ian words stay apart from their roots. Said only to accept a
// translation, never to blame one.
internal static class Derivation
{
    private const int ShortestRoot = 5;

    private static readonly string[] AgentSuffixes = ["er", "or", "ist", "ian"];

    public static bool Related(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (AgentSuffixes.Any(x => longer.EndsWith(x, StringComparison.Ordinal) && !shorter.EndsWith(x, StringComparison.Ordinal)))
        {
            return false;
        }

        var (root, other) = (Root(shorter), Root(longer));
        if (root.Length > other.Length)
        {
            (root, other) = (other, root);
        }

        var common = root.AsSpan().CommonPrefixLength(other);
        return common == other.Length
            || (common == root.Length && root.Length >= ShortestRoot)
            || (common >= ShortestRoot + 1 && root.Length - common <= 1 && other.Length - common <= 1);
    }

    // The stem without -ing or -ed (when four letters stay: bring and need keep theirs) and without a final e.
    private static string Root(string stem)
    {
        var root = stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length >= 7 ? stem[..^3]
            : stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length >= 6 ? stem[..^2]
            : stem;
        return root.Length > 1 && root[^1] == 'e' ? root[..^1] : root;
    }
}
