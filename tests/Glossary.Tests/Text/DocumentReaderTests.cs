using System.Text;
using Glossary.Errors;
using Glossary.Samples;
using Glossary.Text;

namespace Glossary.Tests.Text;

// Files larger than the reader's one-megabyte buffer: detection from the head, characters cut at buffer edges,
// and errors that name the byte offset in the whole file.
public sealed class DocumentReaderTests : IDisposable
{
    private static readonly string Large = string.Concat(Enumerable.Repeat(SampleCorpus.Article + "\n", 100)); // 1.5 MB of UTF-8

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-reader-").FullName;

    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(65001)]
    [InlineData(54936)]
    [InlineData(950)]
    public async Task ALargeFile_InEachEncoding_ReadsBackExactly_InSmallReads(int codePage)
    {
        var text = codePage == 950 ? Traditional(Large) : Large;
        var path = await WriteAsync(Encoding.GetEncoding(codePage).GetBytes(text));

        using var reader = await DocumentReader.OpenAsync(path);
        var read = new StringBuilder();
        var buffer = new char[1000];
        for (int n; (n = reader.Read(buffer, 0, buffer.Length)) > 0;)
        {
            read.Append(buffer, 0, n);
        }

        Assert.Equal(codePage, reader.Encoding.CodePage);
        Assert.Equal(text, read.ToString());
        Assert.Equal(new FileInfo(path).Length, reader.BytesRead);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AUtf8Character_CutByTheEndOfTheFirstMegabyte_IsNotAnError(int shift)
    {
        // Pad with ASCII so that a three-byte character starts 0, 1 or 2 bytes before the one-megabyte mark.
        var padding = new string('a', (1 << 20) - 2 + shift - 1);
        var text = padding + "\n" + Large;

        var decoded = await DocumentFile.ReadAsync(await WriteAsync(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(65001, decoded.Encoding.CodePage);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public async Task ABadByteAfterTheFirstMegabyte_IsAnError_AtItsOffsetInTheFile()
    {
        var bytes = Encoding.UTF8.GetBytes(Large);
        var at = Encoding.UTF8.GetByteCount(Large[..500_000]); // past the first megabyte, at a character's start
        bytes[at] = 0xFF;
        var path = await WriteAsync(bytes);

        using var reader = await DocumentReader.OpenAsync(path);
        var error = await Assert.ThrowsAsync<GlossaryException>(() => reader.ReadToEndAsync());

        Assert.True(at > 1 << 20);
        Assert.Equal($"The file '{path}' is not valid utf-8: undecodable bytes at byte offset {at}.", error.Message);
    }

    [Fact]
    public async Task ABadByteAfterTheFirstMegabyte_LeavesTheIndexedVersionWhole()
    {
        var bytes = Encoding.UTF8.GetBytes(Large);
        bytes[^10] = 0xFF;
        var path = await WriteAsync(bytes);
        using var index = CorpusIndex.InMemory();
        await index.AddDocumentAsync(path, SampleCorpus.Article);

        using var reader = await DocumentReader.OpenAsync(path);
        await Assert.ThrowsAsync<GlossaryException>(() => index.AddDocumentFromReaderAsync(path, reader));

        Assert.Equal(SampleCorpus.Article, index.GetDocumentText(path));
    }

    // Big5 has no simplified characters: the test text keeps only what Big5 can hold.
    private static string Traditional(string text)
    {
        var big5 = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return string.Concat(text.Where(c => { try { return big5.GetByteCount([c]) > 0; } catch (EncoderFallbackException) { return false; } }));
    }

    private async Task<string> WriteAsync(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }
}
