namespace Glossary.Text;

/// <summary>
/// Han characters (CJK unified ideographs and extension A, U+3400–U+9FFF): what the spin model's windows, the
/// learner's spans and the glossary readers' language guesses count as Chinese text.
/// </summary>
internal static class Han
{
    public static bool Is(char c) => c is >= '\u3400' and <= '\u9fff';

    public static bool Any(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u3400', '\u9fff');

    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += Is(c) ? 1 : 0;
        }

        return count;
    }
}
