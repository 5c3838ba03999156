using System.Globalization;

namespace Glossary.Cli.Rendering.Text;

/// <summary>
/// Every count in text output, written one way: invariant culture, thousands separated (44,999 beside 2,032,929),
/// and the noun agreeing with it ("1 entry", "2 entries"). Offsets and passage numbers are positions, not counts:
/// they stay plain, to be copied.
/// </summary>
internal static class Numbers
{
    public static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 entry", "113 entries".</summary>
    public static string Count(long value, string one, string many) => $"{Format(value)} {(value == 1 ? one : many)}";
}
