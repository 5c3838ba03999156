namespace Glossary.Text;

// A long text read as blocks of whole lines, so that a document of any size is split and analysed in bounded memory.
// Passages, windows and seams never cross a line break, so a block boundary at a line break changes nothing but which
// passage owns the white space at the boundary. A line longer than a block (a 10 MB line) is read whole.
internal static class TextBlocks
{
    /// <summary>The least characters read before a block is cut at its last line break: 256 K characters, 512 KB.</summary>
    public const int Size = 1 << 18;

    /// <summary>The blocks of <paramref name="reader"/>'s text, each with the offset of its first character.</summary>
    public static IEnumerable<(int Offset, string Text)> Read(TextReader reader, int size = Size)
    {
        var buffer = new char[size];
        var length = 0;
        var offset = 0;
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

            length += read;
            var cut = length < size ? 0 : buffer.AsSpan(0, length).LastIndexOfAny(LineBreaks.Chars) + 1;
            if (cut > 0)
            {
                yield return (offset, new string(buffer, 0, cut));
                offset = checked(offset + cut);
                buffer.AsSpan(cut, length - cut).CopyTo(buffer);
                length -= cut;
            }
        }

        if (length > 0)
        {
            yield return (offset, new string(buffer, 0, length));
        }
    }
}
