using System.Text;
using Glossary.Errors;

namespace Glossary.Text;

/// <summary>
/// Reads a text file of any size as characters, in the encoding named or detected (see <see cref="DocumentFile"/>),
/// holding about a megabyte at a time. Pass it to <see cref="CorpusIndex.AddDocumentFromReaderAsync"/>
/// to index a file that does not fit comfortably in memory.
/// </summary>
/// <remarks>
/// The encoding is detected from the first megabyte. Bytes that it rejects, anywhere in the file, make
/// <see cref="Read(Span{char})"/> throw a <see cref="GlossaryException"/> naming the file and the byte offset; nothing
/// is ever replaced silently.
/// </remarks>
public sealed class DocumentReader : TextReader
{
    private const int BufferSize = 1 << 20;

    private readonly Stream _stream;
    private readonly string _path;
    private readonly Decoder _decoder;
    private readonly byte[] _bytes;
    private readonly char[] _chars;
    private int _byteStart;
    private int _byteEnd;
    private long _bytesBefore; // the file offset of _bytes[0]
    private int _charStart;
    private int _charEnd;
    private bool _endOfFile;

    private DocumentReader(Stream stream, string path, Encoding encoding, byte[] bytes, int start, int end, bool endOfFile)
    {
        _stream = stream;
        _path = path;
        Encoding = encoding;
        _decoder = encoding.GetDecoder();
        _bytes = bytes;
        _chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        (_byteStart, _byteEnd, _endOfFile) = (start, end, endOfFile);
    }

    /// <summary>The encoding the file is read in: the one named, the byte-order mark's, UTF-8, or the one detected.</summary>
    public Encoding Encoding { get; }

    /// <summary>How many bytes of the file have been decoded so far: with the file's length, the reader's progress.</summary>
    public long BytesRead => _bytesBefore + _byteStart;

    /// <summary>Opens a file and decides its encoding from its first megabyte; <paramref name="encoding"/> forces one.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding to use, or <see langword="null"/> to detect it.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="GlossaryException">The file is not text, or its start is not valid in any encoding read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<DocumentReader> OpenAsync(string path, Encoding? encoding = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        try
        {
            // A small file gets a buffer its size (plus one byte, to see its end in one read), not a megabyte.
            var bytes = new byte[(int)Math.Min(BufferSize, stream.Length + 1)];
            var length = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var endOfFile = length < bytes.Length;
            var (used, skip) = TextDecoding.Detect(bytes.AsSpan(0, length), whole: endOfFile, encoding, reason => Error(path, reason));
            return new DocumentReader(stream, path, used, bytes, skip, length, endOfFile);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public override int Peek() => _charStart < _charEnd || Fill() ? _chars[_charStart] : -1;

    /// <inheritdoc/>
    public override int Read() => _charStart < _charEnd || Fill() ? _chars[_charStart++] : -1;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (_charStart == _charEnd && !Fill()))
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _charEnd - _charStart);
        _chars.AsSpan(_charStart, count).CopyTo(buffer);
        _charStart += count;
        return count;
    }

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (_charStart == _charEnd && _byteStart == _byteEnd && !_endOfFile)
        {
            await ReadBytesAsync(cancellationToken).ConfigureAwait(false);
        }

        return Read(buffer.Span);
    }

    /// <inheritdoc/>
    public override string ReadToEnd()
    {
        var text = new System.Text.StringBuilder();
        while (_charStart < _charEnd || Fill())
        {
            text.Append(_chars, _charStart, _charEnd - _charStart);
            _charStart = _charEnd;
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public override async Task<string> ReadToEndAsync(CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        while (true)
        {
            if (_charStart == _charEnd && _byteStart == _byteEnd && !_endOfFile)
            {
                await ReadBytesAsync(cancellationToken).ConfigureAwait(false);
            }

            if (_charStart == _charEnd && !Fill())
            {
                return text.ToString();
            }

            text.Append(_chars, _charStart, _charEnd - _charStart);
            _charStart = _charEnd;
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private static GlossaryException Error(string path, string reason) => new($"The file '{path}' is {reason}.");

    // Decodes the bytes in hand, reading more when there are none; false at the end of the file.
    private bool Fill()
    {
        while (true)
        {
            if (_byteStart == _byteEnd && !_endOfFile)
            {
                _bytesBefore += _byteEnd;
                _byteStart = 0;
                _byteEnd = _stream.ReadAtLeast(_bytes, _bytes.Length, throwOnEndOfStream: false);
                _endOfFile = _byteEnd < _bytes.Length;
            }

            if (Decode() || _endOfFile)
            {
                return _charStart < _charEnd;
            }
        }
    }

    private async Task ReadBytesAsync(CancellationToken cancellationToken)
    {
        _bytesBefore += _byteEnd;
        _byteStart = 0;
        _byteEnd = await _stream.ReadAtLeastAsync(_bytes, _bytes.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        _endOfFile = _byteEnd < _bytes.Length;
    }

    // Every byte in hand goes to the decoder (it keeps a character cut at the buffer's end for the next call).
    private bool Decode()
    {
        try
        {
            _charStart = 0;
            _charEnd = _decoder.GetChars(_bytes, _byteStart, _byteEnd - _byteStart, _chars, 0, flush: _endOfFile);
            _byteStart = _byteEnd;
            return _charEnd > 0;
        }
        catch (DecoderFallbackException e)
        {
            // Index is relative to the bytes passed in, and negative for bytes the decoder kept from the call before.
            throw Error(_path, TextDecoding.Undecodable(Encoding, Math.Max(0, _bytesBefore + _byteStart + e.Index)));
        }
    }
}
