namespace Glossary.Spin;

/// <summary>
/// A substitution the spin table sees in a text, with the numbers that decide it (for explaining a verdict; see
/// <c>SpinTable.Candidates</c>): where it is, the pair, the word model's preference for the original and its margin,
/// the pair's weight, and whether it counts as an indicator of spinning, reads as unlikely, and would be restored.
/// </summary>
internal sealed record SpinCandidate(int Offset, string Spun, string Original, float Preference, float Margin, float Weight, bool Indicator,
    bool Unlikely, bool Restores);
