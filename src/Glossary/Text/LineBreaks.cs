namespace Glossary.Text;

/// <summary>The characters that end a line (and so a paragraph, a context, and any look-up).</summary>
internal static class LineBreaks
{
    public const string Chars = "\n\r\u0085\u2028\u2029";

    public static bool Contains(ReadOnlySpan<char> text) => text.IndexOfAny(Chars) >= 0;

    /// <summary>Index of the first line break at or after <paramref name="from"/>, or the text's length.</summary>
    public static int NextFrom(string text, int from)
    {
        var i = text.AsSpan(from).IndexOfAny(Chars);
        return i < 0 ? text.Length : from + i;
    }

    // The two below look no further than `reach` characters: a window or seam is that wide at most, and scanning a
    // whole line for each passage made a 10 MB line quadratic.

    /// <summary>
    /// Index of the first line break in the <paramref name="reach"/> characters from <paramref name="from"/>, or
    /// <paramref name="from"/> + <paramref name="reach"/> (at most the text's length) when there is none.
    /// </summary>
    public static int NextWithin(string text, int from, int reach)
    {
        var end = Math.Min(text.Length, from + reach);
        var i = text.AsSpan(from, end - from).IndexOfAny(Chars);
        return i < 0 ? end : from + i;
    }

    /// <summary>
    /// Index just after the last line break in the <paramref name="reach"/> characters before
    /// <paramref name="before"/>, or <paramref name="before"/> − <paramref name="reach"/> (at least 0) when there is none.
    /// </summary>
    public static int LineStartWithin(string text, int before, int reach)
    {
        var start = Math.Max(0, before - reach);
        var i = text.AsSpan(start, before - start).LastIndexOfAny(Chars);
        return i < 0 ? start : start + i + 1;
    }
}
