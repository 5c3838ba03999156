using System.Text.RegularExpressions;

namespace Glossary.Spin;

// Deleted words leave marks that clean prose does not have: two enumeration commas in a row, a degree word with
// nothing to modify (更的是, 近乎的), a copula with nothing before its 的. A 的 before punctuation alone is not
// one: clean prose ends sentences that way (84 times in the 30,000 characters of the clean test texts).
internal static partial class SpinGaps
{
    public static List<SpinGap> Find(string text)
    {
        var gaps = new List<SpinGap>();
        foreach (Match m in DoubledCommas().Matches(text))
        {
            gaps.Add(new SpinGap(m.Index + 1, "a word seems missing between the two commas"));
        }

        foreach (Match m in DanglingDegree().Matches(text))
        {
            var word = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            gaps.Add(new SpinGap(m.Index + word.Length, $"a word seems missing after {word} (an adjective it modifies)"));
        }

        foreach (Match m in EmptyCopula().Matches(text))
        {
            gaps.Add(new SpinGap(m.Index + m.Groups[1].Length + 1, "a word seems missing between 是 and 的"));
        }

        gaps.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return gaps;
    }

    [GeneratedRegex("[、，][、，]")]
    private static partial Regex DoubledCommas();

    // Not after 变, 五, 打, 三, 深, 半: 变更的, 五更的, 打更的 are words, not a lone 更. 并不是的 is a real "no".
    [GeneratedRegex("(?<![变五打三深半])(更)的是|(近乎)的")]
    private static partial Regex DanglingDegree();

    [GeneratedRegex("(都|也|从来不|从不)是的[，。,.;；]")]
    private static partial Regex EmptyCopula();
}
