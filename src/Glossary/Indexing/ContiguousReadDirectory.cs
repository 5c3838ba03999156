using System.Collections.Concurrent;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Glossary.Indexing;

/// <summary>
/// An in-memory directory whose finished files are kept as one array each. Lucene's <see cref="RAMDirectory"/> keeps a
/// file in 1 KB buffers and takes a lock at every switch from one to the next: a look-up reading a window per
/// candidate passage spent most of its time in those locks (docs/benchmarks.md). A file is written through the wrapped
/// directory as before; when its output is closed (Lucene never changes a file after that) it moves into one array,
/// and readers read it, or slices of it, from there.
/// </summary>
internal sealed class ContiguousReadDirectory(LuceneDirectory inner) : FilterDirectory(inner)
{
    private readonly ConcurrentDictionary<string, byte[]> _finished = new(StringComparer.Ordinal);

    // A file being written is in the wrapped directory; a finished one in an array (for a moment, in both).
    public override string[] ListAll() => [.. base.ListAll().Union(_finished.Keys, StringComparer.Ordinal)];

    [Obsolete("Lucene 4.8 marks it obsolete; IndexWriter still calls it.")]
    public override bool FileExists(string name) => _finished.ContainsKey(name) || base.FileExists(name);

    public override long FileLength(string name) => _finished.TryGetValue(name, out var bytes) ? bytes.Length : base.FileLength(name);

    public override void DeleteFile(string name)
    {
        if (!_finished.TryRemove(name, out _))
        {
            base.DeleteFile(name);
        }
    }

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        _finished.TryRemove(name, out _);
        return new FinishingOutput(this, name, base.CreateOutput(name, context));
    }

    public override IndexInput OpenInput(string name, IOContext context) =>
        _finished.TryGetValue(name, out var bytes) ? new ArrayInput(name, bytes) : base.OpenInput(name, context);

    // Compound files (every small segment is one) are read in slices of the same array, not through a buffered copy.
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        _finished.TryGetValue(name, out var bytes) ? new ArraySlicer(name, bytes) : base.CreateSlicer(name, context);

    protected override void Dispose(bool disposing)
    {
        _finished.Clear();
        base.Dispose(disposing);
    }

    // Moves a closed file out of the wrapped directory's buffers into one array.
    private void Finish(string name)
    {
        byte[] bytes;
        using (var input = m_input.OpenInput(name, IOContext.READ_ONCE))
        {
            bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
        }

        _finished[name] = bytes;
        m_input.DeleteFile(name);
    }

    // The wrapped directory's output, which hands its file over when it is closed.
    private sealed class FinishingOutput(ContiguousReadDirectory directory, string name, IndexOutput output) : IndexOutput
    {
        private bool _closed;

        public override long Position => output.Position;

        public override long Checksum => output.Checksum;

        public override long Length
        {
            get => output.Length;
            set => output.Length = value;
        }

        public override void WriteByte(byte b) => output.WriteByte(b);

        public override void WriteBytes(byte[] b, int offset, int length) => output.WriteBytes(b, offset, length);

        public override void Flush() => output.Flush();

        [Obsolete("Lucene 4.8 marks it obsolete.")]
        public override void Seek(long pos) => output.Seek(pos);

        protected override void Dispose(bool disposing)
        {
            if (!disposing || _closed)
            {
                return;
            }

            _closed = true;
            output.Dispose();
            directory.Finish(name);
        }
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
