using Glossary.Analysis;
using Glossary.Errors;
using Glossary.Spin;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Glossary.Indexing;

/// <summary>
/// Where an index lives and who may write it: the Lucene directory, the writer (none for a read-only index), and the
/// process lock. Opening checks the index format and the spin table that judged its documents; every commit records
/// both.
/// </summary>
internal sealed class IndexFolder : IDisposable
{
    private readonly FileStream? _processLock;
    private readonly SpinTable _spinTable;

    private IndexFolder(LuceneDirectory directory, IndexWriter? writer, FileStream? processLock, SpinTable spinTable)
    {
        Directory = directory;
        Writer = writer;
        _processLock = processLock;
        _spinTable = spinTable;
    }

    public LuceneDirectory Directory { get; }

    /// <summary>The writer, or <see langword="null"/> for an index opened read-only.</summary>
    public IndexWriter? Writer { get; }

    /// <summary>The folder, for messages; an index in memory has none.</summary>
    public string Location => Directory is FSDirectory fs ? fs.Directory.FullName : "memory";

    /// <summary>Opens or creates the index in <paramref name="path"/> for writing, holding the folder's lock.</summary>
    public static IndexFolder OpenForWriting(string path, SpinTable spinTable)
    {
        CheckTarget(path);
        System.IO.Directory.CreateDirectory(path);
        var processLock = LockForWriting(path);
        try
        {
            return Writable(FSDirectory.Open(path), processLock, spinTable);
        }
        catch (Exception e) when (IndexErrors.IsDamage(e, opening: true))
        {
            processLock.Dispose();
            throw IndexErrors.Damaged(path, e);
        }
        catch
        {
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing index for reading only; no lock is taken.</summary>
    public static IndexFolder OpenForReading(string path, SpinTable spinTable)
    {
        if (File.Exists(path))
        {
            throw new GlossaryException($"'{path}' is a file; an index is a folder (build one with: glossary index <files> --index <folder>).");
        }

        if (!System.IO.Directory.Exists(path))
        {
            throw new GlossaryException($"There is no index folder '{path}'. Build one first (glossary index <files> --index {path}).");
        }

        var directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new GlossaryException($"The folder '{path}' holds no index. Build one first (glossary index <files> --index {path}).");
            }

            Check(directory, spinTable);
            return new IndexFolder(directory, writer: null, processLock: null, spinTable);
        }
        catch (Exception e) when (IndexErrors.IsDamage(e, opening: true))
        {
            directory.Dispose();
            throw IndexErrors.Damaged(path, e);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>A new, empty index held in memory.</summary>
    public static IndexFolder InMemory(SpinTable spinTable) => Writable(new ContiguousReadDirectory(new RAMDirectory()), processLock: null, spinTable);

    /// <summary>Commits everything written, recording the index format and the spin table.</summary>
    public void Commit()
    {
        var writer = Writer ?? throw new InvalidOperationException("A read-only index is never committed.");
        writer.SetCommitData(new Dictionary<string, string>
        {
            [Schema.FormatKey] = Schema.FormatVersion,
            [Schema.SpinTableKey] = _spinTable.Id,
            [Schema.SpinPairsKey] = _spinTable.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    public void Dispose()
    {
        Writer?.Dispose();
        Directory.Dispose();
        _processLock?.Dispose();
    }

    private static IndexFolder Writable(LuceneDirectory directory, FileStream? processLock, SpinTable spinTable)
    {
        var config = new IndexWriterConfig(Analyzers.Version, Analyzers.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        IndexWriter? writer = null;
        try
        {
            var created = !DirectoryReader.IndexExists(directory);
            Check(directory, spinTable);
            writer = new IndexWriter(directory, config);
            var folder = new IndexFolder(directory, writer, processLock, spinTable);
            if (created)
            {
                // A new index commits once, empty, at once: a process killed while writing its first real commit
                // then leaves this one to open at (measured: killed mid-commit, a lone segments_1 was cut short and
                // the folder could not be opened at all).
                folder.Commit();
            }

            return folder;
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw IndexErrors.InUse(e);
        }
        catch
        {
            try
            {
                writer?.Rollback(); // closes without committing anything
            }
            finally
            {
                directory.Dispose();
            }

            throw;
        }
    }

    // Lucene writes its files into any folder it is given: a folder of the user's own documents would be mixed with
    // index files. Only an empty folder, or one that holds an index, is taken.
    private static void CheckTarget(string path)
    {
        if (File.Exists(path))
        {
            throw new GlossaryException($"'{path}' is a file; --index names a folder for the index (new, empty, or an index already).");
        }

        // A lock file alone is what a run killed before its first commit leaves.
        if (!System.IO.Directory.Exists(path)
            || System.IO.Directory.EnumerateFileSystemEntries(path).All(e => Path.GetFileName(e) is "glossary.lock" or "write.lock"))
        {
            return;
        }

        using var directory = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(directory))
        {
            throw new GlossaryException(
                $"The folder '{path}' is not empty and holds no index: an index goes into a new or empty folder (or one that holds an index).");
        }
    }

    // Lucene's own write lock keeps writers apart inside one process, but on Linux it did not stop a second process
    // (measured: two `glossary index` runs on one folder, and the first failed on a file the second had deleted).
    // An exclusive handle on a lock file of our own does: .NET takes an advisory lock for FileShare.None, which every
    // writer of this library asks for; the handle is closed on Dispose, or by the system when the process dies.
    private static FileStream LockForWriting(string path)
    {
        try
        {
            return new FileStream(Path.Combine(path, "glossary.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw IndexErrors.InUse(e);
        }
    }

    // The index must be of this version's format, and its documents judged by the same spin table: a look-up trusts
    // the stored verdicts, so a reader with another table would mix two judgements without anyone noticing.
    private static void Check(LuceneDirectory directory, SpinTable spinTable)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return;
        }

        var data = DirectoryReader.ListCommits(directory)[^1].UserData ?? new Dictionary<string, string>();
        var format = data.TryGetValue(Schema.FormatKey, out var value) ? value : "1";
        if (format != Schema.FormatVersion)
        {
            throw new GlossaryException(
                $"The index was written by another version of Glossary (index format {format}; this version reads format {Schema.FormatVersion}). Re-index the documents into a new folder.");
        }

        var infos = new SegmentInfos();
        infos.Read(directory);
        if (infos.Count > 0 && data.TryGetValue(Schema.SpinTableKey, out var judgedBy) && judgedBy != spinTable.Id)
        {
            var pairs = data.TryGetValue(Schema.SpinPairsKey, out var count) ? $"{count} pairs, " : string.Empty;
            throw new GlossaryException(
                $"The index's documents were judged spun or clean with another spin table ({pairs}id {judgedBy}) than the one given ({spinTable.Count} pairs, id {spinTable.Id}). Open it with the same table (the same --spin-pairs), or re-index the documents into a new folder.");
        }
    }
}
