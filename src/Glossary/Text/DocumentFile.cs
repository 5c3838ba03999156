using System.Text;
using Glossary.Errors;

namespace Glossary.Text;

/// <summary>
/// Reads Chinese text files in the encodings they arrive in: UTF-8 (with or without BOM), UTF-16 (with a BOM, or
/// recognised without one), GB18030/GBK and Big5 (detected when no BOM says otherwise). Bytes that the encoding
/// rejects are an error naming their offset, never silent replacement characters. A file larger than a megabyte
/// is detected from its first megabyte; <see cref="DocumentReader"/> reads one without holding it whole.
/// </summary>
public static class DocumentFile
{
    /// <summary>Reads and decodes a file; <paramref name="encoding"/> forces one instead of detecting it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding to use, or <see langword="null"/> to detect it.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="GlossaryException">The file is not text, or not valid in its (named or detected) encoding.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<DecodedText> ReadAsync(string path, Encoding? encoding = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = await DocumentReader.OpenAsync(path, encoding, cancellationToken).ConfigureAwait(false);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return new DecodedText(text, reader.Encoding);
    }

    /// <summary>
    /// The encoding a user names (<c>utf-8</c>, <c>utf-16</c>, <c>gb18030</c>, <c>gbk</c>, <c>gb2312</c>, <c>big5</c>,
    /// or any name .NET knows), or <see langword="null"/> when there is no such encoding.
    /// </summary>
    public static Encoding? FindEncoding(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return TextDecoding.Named(name.Trim());
    }
}
