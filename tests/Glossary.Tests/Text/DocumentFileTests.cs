using System.Text;
using Glossary.Errors;
using Glossary.Samples;
using Glossary.Text;

namespace Glossary.Tests.Text;

public sealed class DocumentFileTests : IDisposable
{
    private const string Traditional = "美國政府與人工智慧產業之間的大買賣，是以出口管制為核心的談判。這項提議引起了廣泛的討論，許多專家認為它將改變產業的發展方向。";

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-doc-").FullName;

    static DocumentFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("gb18030")]
    public async Task TheArticle_InEachEncoding_ReadsBackExactly(string form)
    {
        var article = SampleCorpus.Article;
        byte[] bytes = form switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(article),
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(article)],
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(article)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(article)],
            _ => Encoding.GetEncoding(54936).GetBytes(article),
        };
        var path = Path.Combine(_folder, form + ".txt");
        await File.WriteAllBytesAsync(path, bytes);

        var decoded = await DocumentFile.ReadAsync(path);

        Assert.Equal(article, decoded.Text);
        Assert.Equal(form.StartsWith("utf-16", StringComparison.Ordinal) ? 1200 + (form.Contains("be") ? 1 : 0) : form == "gb18030" ? 54936 : 65001, decoded.Encoding.CodePage);
    }

    [Fact]
    public async Task Big5Text_IsDetected()
    {
        var path = Path.Combine(_folder, "big5.txt");
        await File.WriteAllBytesAsync(path, Encoding.GetEncoding(950).GetBytes(string.Concat(Enumerable.Repeat(Traditional, 3))));

        var decoded = await DocumentFile.ReadAsync(path);

        Assert.Equal(950, decoded.Encoding.CodePage);
        Assert.StartsWith(Traditional, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedEncoding_IsUsedInsteadOfDetection()
    {
        var path = Path.Combine(_folder, "gbk.txt");
        await File.WriteAllBytesAsync(path, Encoding.GetEncoding(936).GetBytes("卡脖子"));

        var decoded = await DocumentFile.ReadAsync(path, DocumentFile.FindEncoding("GBK"));

        Assert.Equal("卡脖子", decoded.Text);
        Assert.Null(DocumentFile.FindEncoding("no-such-encoding"));
    }

    [Fact]
    public async Task BytesTheEncodingRejects_AreAnErrorNamingTheFileAndOffset()
    {
        var path = Path.Combine(_folder, "broken.txt");
        byte[] bytes = [.. Encoding.UTF8.GetBytes("卡脖子，出口管制"), 0xFF, 0xFE, 0xFD, .. Encoding.UTF8.GetBytes("。")];
        await File.WriteAllBytesAsync(path, bytes);

        var error = await Assert.ThrowsAsync<GlossaryException>(() => DocumentFile.ReadAsync(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"byte offset {Array.IndexOf(bytes, (byte)0xFF)}", error.Message, StringComparison.Ordinal);
    }
}
