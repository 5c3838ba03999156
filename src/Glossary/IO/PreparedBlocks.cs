using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Glossary.IO;

// Arrays of numbers written and read as blocks of bytes, for the forms prepared at build time (the CC-CEDICT
// glossary, the spin word model): little-endian whatever the machine, so a prepared form is the same file everywhere.
internal static class PreparedBlocks
{
    public static void Write<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        if (BitConverter.IsLittleEndian)
        {
            writer.Write(MemoryMarshal.AsBytes(values));
            return;
        }

        var copy = values.ToArray();
        Reverse(copy.AsSpan());
        writer.Write(MemoryMarshal.AsBytes(copy.AsSpan()));
    }

    // A byte copy: the block need not be aligned for its values.
    /// <exception cref="InvalidDataException">The data ends before the block does.</exception>
    public static void Read<T>(ReadOnlySpan<byte> data, ref int position, Span<T> into)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(into);
        if (position < 0 || bytes.Length > data.Length - position)
        {
            throw new InvalidDataException("Prepared data cut short.");
        }

        data.Slice(position, bytes.Length).CopyTo(bytes);
        position += bytes.Length;
        if (!BitConverter.IsLittleEndian)
        {
            Reverse(into);
        }
    }

    // Swaps the bytes of each value (2 or 4 bytes wide): little-endian data on a big-endian machine, or back.
    public static void Reverse<T>(Span<T> values)
        where T : unmanaged
    {
        switch (Unsafe.SizeOf<T>())
        {
            case sizeof(int):
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<T, int>(values), MemoryMarshal.Cast<T, int>(values));
                break;
            case sizeof(ushort):
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<T, ushort>(values), MemoryMarshal.Cast<T, ushort>(values));
                break;
        }
    }
}
