using Glossary.Indexing;
using Lucene.Net.Store;

namespace Glossary.Tests.Indexing;

public sealed class ContiguousReadDirectoryTests
{
    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7))];

    [Fact]
    public void AFile_ReadsBackAsWritten_AcrossTheWrappedDirectorysBuffers()
    {
        using var directory = WithFile("f", Bytes);
        using var input = directory.OpenInput("f", IOContext.DEFAULT);
        var read = new byte[Bytes.Length];

        input.Seek(1000);
        input.ReadBytes(read, 0, 2000);
        input.Seek(0);
        input.ReadBytes(read, 2000, 1000);

        Assert.Equal(Bytes.Length, input.Length);
        Assert.Equal([.. Bytes[1000..], .. Bytes[..1000]], read);
    }

    [Fact]
    public void AFinishedFile_IsHeldOnce_NotAlsoInTheWrappedDirectory()
    {
        var wrapped = new RAMDirectory();
        using var directory = new ContiguousReadDirectory(wrapped);
        using (var output = directory.CreateOutput("f", IOContext.DEFAULT))
        {
            output.WriteBytes(Bytes, Bytes.Length);
            Assert.Contains("f", wrapped.ListAll()); // being written
        }

        Assert.Equal(["f"], directory.ListAll());
        Assert.Equal(Bytes.Length, directory.FileLength("f"));
        Assert.Empty(wrapped.ListAll());
    }

    [Fact]
    public void ASlice_ReadsItsOwnPart_AndClonesKeepTheirOwnPosition()
    {
        using var directory = WithFile("f", Bytes);
        using var slicer = directory.CreateSlicer("f", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 1020, 100);
        slice.Seek(10);
        using var clone = (IndexInput)slice.Clone();

        Assert.Equal((100L, Bytes[1030]), (slice.Length, slice.ReadByte()));
        Assert.Equal(Bytes[1030], clone.ReadByte());
        clone.Seek(99);
        clone.ReadByte();
        Assert.Throws<EndOfStreamException>(() => clone.ReadByte());
    }

    [Fact]
    public void AFileWrittenAgainOrDeleted_IsNotReadFromTheOldCopy()
    {
        using var directory = WithFile("f", Bytes);
        using (directory.OpenInput("f", IOContext.DEFAULT))
        {
        }

        Write(directory, "f", [1, 2, 3]);
        using (var input = directory.OpenInput("f", IOContext.DEFAULT))
        {
            Assert.Equal((3L, (byte)1), (input.Length, input.ReadByte()));
        }

        directory.DeleteFile("f");
        Assert.DoesNotContain("f", directory.ListAll());
        Assert.Throws<FileNotFoundException>(() => directory.OpenInput("f", IOContext.DEFAULT));
    }

    private static ContiguousReadDirectory WithFile(string name, byte[] bytes)
    {
        var directory = new ContiguousReadDirectory(new RAMDirectory());
        Write(directory, name, bytes);
        return directory;
    }

    private static void Write(Lucene.Net.Store.Directory directory, string name, byte[] bytes)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(bytes, bytes.Length);
    }
}
