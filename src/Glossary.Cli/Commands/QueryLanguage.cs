namespace Glossary.Cli.Commands;

internal static class QueryLanguage
{
    /// <summary>Letters, but no Han characters: words to match against English glosses.</summary>
    public static bool IsEnglish(string text) =>
        text.Any(char.IsAsciiLetter) && !text.Any(c => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c));
}
