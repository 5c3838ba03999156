using System.Collections.Concurrent;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Glossary.Indexing;

/// <summary>
/// An in-memory directory whose files are read from one contiguous array each. Lucene's <see cref="RAMDirectory"/>
/// keeps a file in 1 KB buffers and takes a lock at every switch from one to the next: a look-up reading a window per
/// candidate passage spent most of its time in those locks (docs/benchmarks.md). Files are written through the
/// wrapped directory as before; a file is copied into one array the first time it is opened and read from it after
/// that (Lucene never changes a file once written), and the copy is dropped with the file.
/// </summary>
internal sealed class ContiguousReadDirectory(LuceneDirectory inner) : FilterDirectory(inner)
{
    private readonly ConcurrentDictionary<string, ArraySegment<byte>> _contents = new(StringComparer.Ordinal);

    public override IndexInput OpenInput(string name, IOContext context) => new ArrayInput(name, Contents(name, context));

    // Compound files (every small segment is one) are read in slices of the same array, not through a buffered copy.
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new ArraySlicer(name, Contents(name, context));

    public override void DeleteFile(string name)
    {
        _contents.TryRemove(name, out _);
        base.DeleteFile(name);
    }

    // A name is written once; should one be written again, the next reader sees the new contents.
    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        _contents.TryRemove(name, out _);
        return base.CreateOutput(name, context);
    }

    protected override void Dispose(bool disposing)
    {
        _contents.Clear();
        base.Dispose(disposing);
    }

    private ArraySegment<byte> Contents(string name, IOContext context)
    {
        EnsureOpen();
        return _contents.GetOrAdd(name, file => Read(file, context));
    }

    private ArraySegment<byte> Read(string name, IOContext context)
    {
        using var input = m_input.OpenInput(name, context);
        var bytes = new byte[input.Length];
        input.ReadBytes(bytes, 0, bytes.Length);
        return bytes;
    }

    private sealed class ArraySlicer(string name, ArraySegment<byte> contents) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, contents.Count);
            return new ArrayInput($"{sliceDescription} in {name}", contents.Slice((int)offset, (int)length));
        }

        [Obsolete("Only for reading compound files of Lucene 3.x indexes, which this index never holds.")]
        public override IndexInput OpenFullSlice() => new ArrayInput(name, contents);

        protected override void Dispose(bool disposing)
        {
        }
    }

    // A file, or a slice of one, read from an array: a position, and clones that share the array.
    private sealed class ArrayInput(string name, ArraySegment<byte> contents) : IndexInput($"ArrayInput({name})")
    {
        private int _position;

        public override long Position => _position;

        public override long Length => contents.Count;

        public override byte ReadByte()
        {
            if (_position >= contents.Count)
            {
                throw new EndOfStreamException($"Read past the end of {this}.");
            }

            return contents[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > contents.Count - _position)
            {
                throw new EndOfStreamException($"Read past the end of {this}.");
            }

            contents.AsSpan(_position, len).CopyTo(b.AsSpan(offset, len));
            _position += len;
        }

        public override void Seek(long pos)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(pos);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(pos, contents.Count);
            _position = (int)pos;
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
