namespace Glossary.Checking;

// Whether two English words, as written, are one word inflected: files for file, configured and configuring for
// configure, stopped for stop, studies for study. KStem goes further on some words (detectable and hospitalization
// stem to detect and hospitalize), which is right for search and wrong for a glossary: a source that says "detect"
// does not hold the term "detectable". So where the checker names a term, or blames a discouraged one, the words
// must also be inflections of each other; derivations are only ever accepted (Derivation), never required.
internal static class Inflection
{
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        string.Empty, "s", "es", "e", "ed", "d", "ing", "y", "ies", "ied", "'s", "s'", "'",
    };

    public static bool Of(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && char.ToLowerInvariant(a[common]) == char.ToLowerInvariant(b[common]))
        {
            common++;
        }

        return common > 0 && Ending(a[common..], a[..common]) && Ending(b[common..], b[..common]);
    }

    // An inflectional ending, or one after a doubled consonant (stop-ped, stop-ping).
    private static bool Ending(ReadOnlySpan<char> rest, ReadOnlySpan<char> stem)
    {
        var ending = rest.ToString().ToLowerInvariant();
        return Endings.Contains(ending)
            || (ending.Length > 1 && char.ToLowerInvariant(ending[0]) == char.ToLowerInvariant(stem[^1]) && ending[1..] is "ed" or "ing");
    }
}
