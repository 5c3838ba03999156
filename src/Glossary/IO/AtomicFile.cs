namespace Glossary.IO;

// Replaces a file all at once: the content goes to a temporary file in the same folder (so the rename stays on one
// file system), is flushed to disk, and is then renamed over the target. A reader sees the old file or the new one,
// never half of it; a crash leaves at most a stray ".tmp" file beside it, and the old file intact.
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var (full, temporary) = Paths(path);
        Replace(full, temporary, () =>
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    public static Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var (full, temporary) = Paths(path);
        return Replace(full, temporary, async () =>
        {
            await using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await stream.WriteAsync(content, cancellationToken);
            stream.Flush(flushToDisk: true);
        });
    }

    // Writes the temporary file, then renames it over the target; the temporary file never outlives a failure.
    private static async Task Replace(string full, string temporary, Func<Task> writeTemporary)
    {
        try
        {
            await writeTemporary();
            KeepPermissions(full, temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // The new file takes the old one's permissions (a glossary kept private stays private).
    private static void KeepPermissions(string target, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
    }

    private static (string Full, string Temporary) Paths(string path)
    {
        // A symbolic link is followed: the file it points to is replaced, and the link stays a link.
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && new FileInfo(full).LinkTarget is not null)
        {
            full = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        return (full, Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp"));
    }
}
