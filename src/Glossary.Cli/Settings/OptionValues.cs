using System.Globalization;
using System.Text;
using Glossary.Text;

namespace Glossary.Cli.Settings;

/// <summary>
/// Reads option values typed as text, so that every bad value is one line naming the option and what it accepts,
/// spelled as the help spells it (Spectre's own conversion says "Failed to convert 'abc' to Nullable`1").
/// </summary>
internal static class OptionValues
{
    /// <summary>A whole number of <paramref name="min"/> to <paramref name="max"/>, or null when not given.</summary>
    public static int? Whole(string? text, string option, int min, int max = int.MaxValue)
    {
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException(max == int.MaxValue
                ? $"{option} must be a whole number of {min} or more (got {text})"
                : $"{option} must be a whole number from {min} to {max} (got {text})");
    }

    /// <summary>One of <paramref name="choices"/> (any case), or null when not given.</summary>
    public static T? Choice<T>(string? text, string option, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        return choices.TryGetValue(text.ToLowerInvariant(), out var value)
            ? value
            : throw new UsageException($"{option} must be {Or(choices.Keys)} (got {text})");
    }

    /// <summary>The encoding a user names, or null when not given.</summary>
    public static Encoding? Encoding(string? name) =>
        name is null ? null
        : string.IsNullOrWhiteSpace(name) ? throw Unknown(name)
        : DocumentFile.FindEncoding(name) ?? throw Unknown(name);

    /// <summary>"a, b or c".</summary>
    public static string Or(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list[..^1]) + " or " + list[^1];
    }

    private static UsageException Unknown(string name) =>
        new($"--encoding must be utf-8, utf-16, gb18030, gbk or big5 (got {name})");
}
