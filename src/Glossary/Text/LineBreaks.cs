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

    /// <summary>Index just after the last line break before <paramref name="before"/>, or 0.</summary>
    public static int LineStart(string text, int before)
    {
        var i = text.AsSpan(0, before).LastIndexOfAny(Chars);
        return i + 1;
    }
}
