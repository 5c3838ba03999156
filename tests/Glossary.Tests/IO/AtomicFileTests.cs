using System.Text;
using Glossary.IO;

namespace Glossary.Tests.IO;

// AtomicFile's promise: a reader sees the old file or the new one, never part of either; a failure leaves the old
// file as it was and nothing beside it; the new file keeps the old one's permissions; a link stays a link.
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public void Write_ReplacesTheContent_AndLeavesNoTemporaryFile()
    {
        var path = PathOf("g.tsv");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, s => s.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["g.tsv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_ThatFailsHalfway_LeavesTheOldFileWhole_AndNothingBesideIt()
    {
        var path = PathOf("g.tsv");
        File.WriteAllText(path, "old content");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[100_000]);
            throw new InvalidOperationException("disk full, say");
        }));

        Assert.Equal("disk full, say", error.Message);
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Equal(["g.tsv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAsync_Cancelled_LeavesTheOldFileWhole_AndNothingBesideIt()
    {
        var path = PathOf("g.tsv");
        File.WriteAllText(path, "old content");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAsync(path, new byte[1_000_000], cancel.Token));

        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Equal(["g.tsv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Write_KeepsThePermissionsOfTheFileItReplaces()
    {
        var path = PathOf("private.tsv");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        AtomicFile.Write(path, s => s.Write("new"u8));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Write_ThroughASymbolicLink_ReplacesItsTarget_AndTheLinkStaysALink()
    {
        var target = PathOf("real.tsv");
        var link = PathOf("link.tsv");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        AtomicFile.Write(link, s => s.Write("new"u8));

        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void Write_IntoAFolderThatDoesNotExist_FailsAndCreatesNothing()
    {
        var path = Path.Combine(_folder, "missing", "g.tsv");

        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.Write(path, s => s.Write("x"u8)));

        Assert.False(Directory.Exists(Path.Combine(_folder, "missing")));
    }

    [Fact]
    public async Task AReaderDuringRewrites_SeesOneWholeVersionEachTime_NeverAMix()
    {
        // Two versions of a megabyte each, written in turn while another thread reads: every read is one of them.
        var path = PathOf("g.tsv");
        var versions = new[] { Encoding.ASCII.GetBytes(new string('a', 1 << 20)), Encoding.ASCII.GetBytes(new string('b', 1 << 20)) };
        File.WriteAllBytes(path, versions[0]);
        var reads = 0;
        using var stop = new CancellationTokenSource();

        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var content = File.ReadAllBytes(path);
                Assert.True(content.AsSpan().SequenceEqual(versions[0]) || content.AsSpan().SequenceEqual(versions[1]),
                    $"read {content.Length} bytes that are neither version whole");
                Interlocked.Increment(ref reads);
            }
        });
        for (var i = 0; i < 40; i++)
        {
            // Each rewrite waits for a read after the previous one, so reads and rewrites interleave.
            SpinWait.SpinUntil(() => Volatile.Read(ref reads) > i || reader.IsCompleted, TimeSpan.FromSeconds(30));
            AtomicFile.Write(path, s => s.Write(versions[i % 2]));
        }

        await stop.CancelAsync();
        await reader;
        Assert.True(reads >= 40, $"{reads} reads");
        Assert.Equal(versions[1], File.ReadAllBytes(path));
    }
}
