using System.Collections.Concurrent;

namespace Glossary.Spin;

// What an index keeps of a document's spin (Schema.Spin, one number on each passage, set once the whole document is
// judged): the verdict and, for a spun document, which spinner its indicators name. A look-up verifies a spun form in
// the passage's window, without the rest of the document; with the mark it applies the pairs the reading of the
// whole document applies: the article's spinner is read with its own words, so a look-up of 如果 does not take the
// article's 假设 ("assumption") for it, as other spinners' learned 假设 would.
// Clean 0, unsure 1, spun 2 and over: bit 2 says the spinner was recorded (an index written before holds 2, and is
// verified with every family, as it was), bit 3 that some family was named, bit 4 that a curated one was, bits 5 to 61
// which curated families, in the table's order (an index is only ever read with the table that judged it).
public sealed partial class SpinTable
{
    private const int FamilyBits = 57;
    private readonly ConcurrentDictionary<long, MatchGate> _gates = new();

    /// <summary>The number an index stores for a document whose evidence is <paramref name="tally"/>.</summary>
    internal long Mark(SpinTally tally)
    {
        var verdict = Judge(tally).Verdict;
        if (verdict != SpinVerdict.Spun || _curatedFamilies.Length > FamilyBits)
        {
            return (long)verdict;
        }

        var gate = MatchGate.Of(tally);
        var mark = (long)SpinVerdict.Spun | 1L << 2 | (gate.Families!.Count > 0 ? 1L << 3 : 0) | (gate.Curated ? 1L << 4 : 0);
        for (var i = 0; i < _curatedFamilies.Length; i++)
        {
            mark |= gate.Families.Contains(_curatedFamilies[i]) ? 1L << (5 + i) : 0;
        }

        return mark;
    }

    /// <summary>The verdict a document's mark holds.</summary>
    internal static SpinVerdict VerdictOf(long mark) => mark >= (long)SpinVerdict.Spun ? SpinVerdict.Spun : (SpinVerdict)mark;

    // The gate of a spun document's mark; documents share a handful of them. Asked at every verified occurrence of a
    // look-up, so the factory is static (no closure per call).
    private MatchGate GateOf(long mark) => (mark & 1L << 2) == 0 ? MatchGate.Any : _gates.GetOrAdd(mark, static (m, curatedFamilies) =>
    {
        // A family named, but none of the curated ones: an empty name stands for it (no pair belongs to it).
        var families = curatedFamilies.Where((_, i) => (m & 1L << (5 + i)) != 0).ToHashSet(StringComparer.Ordinal);
        if ((m & 1L << 3) != 0 && families.Count == 0)
        {
            families.Add(string.Empty);
        }

        return MatchGate.Of(families, curated: (m & 1L << 4) != 0);
    }, _curatedFamilies);
}
