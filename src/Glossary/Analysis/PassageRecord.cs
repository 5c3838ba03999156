using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Glossary.Errors;

namespace Glossary.Analysis;

/// <summary>
/// A passage's place in its document and the text around it, as the one binary doc value <see cref="Schema.Passage"/>:
/// six little-endian 32-bit integers (passage number, segment start and end, offset and length of the passage proper,
/// window start; offsets in the document) and then the window as UTF-16 code units.
/// </summary>
/// <remarks>
/// One value rather than six numeric doc values and a binary one: a look-up reads one value per candidate passage
/// instead of seven (each a seek into its own column), and indexing adds one value per passage instead of seven
/// (Lucene.Net's numeric doc-value writer re-measures its memory at every value it is given).
/// </remarks>
internal readonly ref struct PassageRecord
{
    private const int HeaderBytes = 6 * sizeof(int);

    private readonly ReadOnlySpan<byte> _bytes;

    private PassageRecord(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    public int Number => Int(0);

    public int SegmentStart => Int(1);

    public int SegmentEnd => Int(2);

    public int Offset => Int(3);

    public int Length => Int(4);

    public int WindowStart => Int(5);

    /// <summary>The window in place, as stored.</summary>
    public ReadOnlySpan<char> Window => MemoryMarshal.Cast<byte, char>(_bytes[HeaderBytes..]);

    /// <summary>Reads a stored value; the record is a view of <paramref name="bytes"/>, valid while they are.</summary>
    public static PassageRecord Of(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= HeaderBytes
            ? new PassageRecord(bytes)
            : throw new GlossaryException("The index is damaged or was written by another version: a passage's stored value is cut short. Re-index the documents.");

    public static byte[] Encode(int number, int segmentStart, int segmentEnd, int offset, int length, int windowStart, ReadOnlySpan<char> window)
    {
        var bytes = new byte[HeaderBytes + window.Length * sizeof(char)];
        Span<int> header = [number, segmentStart, segmentEnd, offset, length, windowStart];
        for (var i = 0; i < header.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * sizeof(int)), header[i]);
        }

        MemoryMarshal.AsBytes(window).CopyTo(bytes.AsSpan(HeaderBytes));
        return bytes;
    }

    private int Int(int index) => BinaryPrimitives.ReadInt32LittleEndian(_bytes[(index * sizeof(int))..]);
}
