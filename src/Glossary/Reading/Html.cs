namespace Glossary.Reading;

/// <summary>HTML escaping for text and attribute values (both: &amp;, &lt;, &gt;, &quot;, and a carriage return as a reference).</summary>
internal static class Html
{
    public static void WriteText(TextWriter writer, ReadOnlySpan<char> text)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escaped = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\r' => "&#13;",
                _ => null,
            };
            if (escaped is null)
            {
                continue;
            }

            writer.Write(text[from..i]);
            writer.Write(escaped);
            from = i + 1;
        }

        writer.Write(text[from..]);
    }

    public static void WriteText(TextWriter writer, string? text) => WriteText(writer, (text ?? string.Empty).AsSpan());
}
