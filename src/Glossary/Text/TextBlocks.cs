using Glossary.Errors;

namespace Glossary.Text;

// A long text read as blocks of whole lines, so that a document of any size is split and analysed in bounded memory.
// Passages, windows and seams never cross a line break, so a block boundary at a line break changes nothing but which
// passage owns the white space at the boundary. A line longer than a block (a 10 MB line) is read whole. A block of
// white space only (blank lines at a block's edge) would have no passage to own it, so it joins a neighbour.
internal static class TextBlocks
{
    /// <summary>The least characters read before a block is cut at its last line break: 256 K characters, 512 KB.</summary>
    public const int Size = 1 << 18;

    /// <summary>The blocks of <paramref name="reader"/>'s text, each with the offset of its first character.</summary>
    /// <exception cref="GlossaryException">The text is longer than offsets can say (2³¹ − 1 characters).</exception>
    public static IEnumerable<(int Offset, string Text)> Read(TextReader reader, int size = Size)
    {
        (int Offset, string Text)? held = null;
        foreach (var block in Cut(reader, size))
        {
            if (held is not { } previous)
            {
                held = block;
            }
            else if (string.IsNullOrWhiteSpace(previous.Text) || string.IsNullOrWhiteSpace(block.Text))
            {
                held = (previous.Offset, previous.Text + block.Text);
            }
            else
            {
                yield return previous;
                held = block;
            }
        }

        if (held is { } last)
        {
            yield return last;
        }
    }

    private static IEnumerable<(int Offset, string Text)> Cut(TextReader reader, int size)
    {
        var buffer = new char[size];
        var length = 0;
        var offset = 0;
        var lastBreak = -1; // the last line break in the buffer; only the characters just read are searched for one
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = reader.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            var found = buffer.AsSpan(length, read).LastIndexOfAny(LineBreaks.Chars);
            lastBreak = found < 0 ? lastBreak : length + found;
            length += read;
            if (length >= size && lastBreak >= 0)
            {
                var cut = lastBreak + 1;
                yield return (offset, new string(buffer, 0, cut));
                offset = Advance(offset, cut);
                buffer.AsSpan(cut, length - cut).CopyTo(buffer);
                length -= cut;
                lastBreak = -1;
            }
        }

        if (length > 0)
        {
            Advance(offset, length);
            yield return (offset, new string(buffer, 0, length));
        }
    }

    private static int Advance(int offset, int length) => offset <= int.MaxValue - length
        ? offset + length
        : throw new GlossaryException("The document is longer than 2,147,483,647 characters, the most one document can hold. Split it into several documents.");
}
