using Glossary.Analysis;
using Glossary.Indexing;
using Glossary.Querying;
using Glossary.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Glossary;

/// <summary>
/// A searchable corpus of Chinese documents: exact look-up of any string with its glossary entry and every
/// occurrence in context, and ranked passage search. Backed by a Lucene index on disk or in memory.
/// </summary>
/// <remarks>
/// <para>
/// Thread safety: one instance is safe to use from many threads at once. Look-ups and searches run in parallel with
/// each other and with writes, and see the index as of the last commit: a write (<c>AddDocument…Async</c>) commits
/// once, when it completes, so a reader never sees half a write. Writes queue behind one another.
/// </para>
/// <para>
/// Processes: one process at a time opens a folder with <see cref="Open"/> (it holds the folder's write lock until
/// disposed); any number open it with <see cref="OpenReadOnly"/> meanwhile, and see a writer's new commits within a
/// second. Offsets everywhere are UTF-16 code units into the document text as given.
/// </para>
/// </remarks>
public sealed class CorpusIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly FileStream? _processLock;
    private long _refreshed = Environment.TickCount64;

    private CorpusIndex(LuceneDirectory directory, TermBase? terms, bool readOnly = false, FileStream? processLock = null)
    {
        _directory = directory;
        _processLock = processLock;
        Terms = terms ?? TermBase.Empty;
        if (readOnly)
        {
            _searchers = new SearcherManager(directory, new Bm25SearcherFactory());
            return;
        }

        var config = new IndexWriterConfig(Analyzers.Version, Analyzers.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        try
        {
            var created = !DirectoryReader.IndexExists(directory);
            CheckFormat(directory);
            _writer = new IndexWriter(directory, config);
            if (created)
            {
                // A new index commits once, empty, at once: a process killed while writing its first real commit
                // then leaves this one to open at (measured: killed mid-commit, a lone segments_1 was cut short and
                // the folder could not be opened at all).
                Commit(_writer);
            }

            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw InUse(e);
        }
        catch
        {
            try
            {
                _writer?.Rollback(); // closes without committing anything
            }
            finally
            {
                directory.Dispose();
            }

            throw;
        }
    }

    /// <summary>The glossary whose entries look-ups report and search results list.</summary>
    public TermBase Terms { get; }

    /// <summary>
    /// Opens the index in <paramref name="path"/>, creating the folder and an empty index if there is none. An
    /// existing index is used as it is, without analysing anything again.
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <param name="terms">The glossary to report with; <see cref="TermBase.Empty"/> when omitted.</param>
    /// <exception cref="GlossaryException">Another process has the index open for writing.</exception>
    public static CorpusIndex Open(string path, TermBase? terms = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        System.IO.Directory.CreateDirectory(path);
        var processLock = LockForWriting(path);
        try
        {
            return new CorpusIndex(FSDirectory.Open(path), terms, processLock: processLock);
        }
        catch (Exception e) when (IsDamage(e, opening: true))
        {
            processLock.Dispose();
            throw Damaged(path, e);
        }
        catch
        {
            processLock.Dispose();
            throw;
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
            throw InUse(e);
        }
    }

    /// <summary>
    /// Opens an existing index for reading only: no write lock is taken, so any number of readers (in this process or
    /// others) can use it while one writer adds documents. The reader follows the writer's commits within a second.
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <param name="terms">The glossary to report with; <see cref="TermBase.Empty"/> when omitted.</param>
    /// <exception cref="GlossaryException">The folder does not exist, holds no index, or the index is damaged.</exception>
    public static CorpusIndex OpenReadOnly(string path, TermBase? terms = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
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

            CheckFormat(directory);
            return new CorpusIndex(directory, terms, readOnly: true);
        }
        catch (Exception e) when (IsDamage(e, opening: true))
        {
            directory.Dispose();
            throw Damaged(path, e);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Creates an empty index held in memory, gone when disposed.</summary>
    /// <param name="terms">The glossary to report with; <see cref="TermBase.Empty"/> when omitted.</param>
    public static CorpusIndex InMemory(TermBase? terms = null) => new(new RAMDirectory(), terms);

    /// <summary>
    /// Adds a document, or replaces the one with the same key, and commits: when the task completes the document
    /// is durable and visible to look-ups and searches. The text is indexed exactly as given.
    /// </summary>
    /// <param name="key">The document's key, such as its path; reported with every hit.</param>
    /// <param name="text">The document text.</param>
    /// <param name="cancellationToken">Cancels before the document is written; a started write completes.</param>
    /// <exception cref="InvalidOperationException">The index was opened with <see cref="OpenReadOnly"/>.</exception>
    public Task AddDocumentAsync(string key, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(text);
        return AddDocumentsAsync([(key, text)], cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Adds many documents (or replaces those with the same keys) and commits once at the end: the fast way to index
    /// an archive. Documents are analysed on all cores, and <paramref name="documents"/> is read lazily, so texts can
    /// stream from disk. When the task completes every document is durable and visible. If it is cancelled or a
    /// document fails, the documents added so far are committed (nothing done is lost), a document half written is
    /// left as it was before, and the exception is thrown.
    /// </summary>
    /// <param name="documents">The documents as (key, text); keys as for <see cref="AddDocumentAsync"/>.</param>
    /// <param name="progress">Told the number of characters of each document once it is added (from any thread).</param>
    /// <param name="maxParallelism">The most documents analysed at once; 0 (the default) uses every core.</param>
    /// <param name="cancellationToken">Stops taking new documents; those already added are committed.</param>
    /// <exception cref="InvalidOperationException">The index was opened with <see cref="OpenReadOnly"/>.</exception>
    public Task AddDocumentsAsync(IEnumerable<(string Key, string Text)> documents, IProgress<int>? progress = null,
        int maxParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(maxParallelism);
        return WriteAsync(documents.Select(d => (d.Key, Whole(d.Text))), progress, maxParallelism, cancellationToken);

        static IEnumerable<(int, string)> Whole(string text) =>
            [(0, text ?? throw new ArgumentNullException(nameof(documents), "A document's text is null."))];
    }

    /// <summary>
    /// Adds a document of any size, or replaces the one with the same key, reading its text as it goes: memory holds
    /// a few blocks of lines at a time (about 512 KB each), not the document, and the blocks are analysed on all
    /// cores. When the task completes the document is durable and visible. If reading fails (a decoding error, say)
    /// or the task is cancelled, the previous version of the document stays as it was.
    /// </summary>
    /// <param name="key">The document's key, such as its path; reported with every hit.</param>
    /// <param name="text">The text, read to its end (not disposed); a <see cref="DocumentReader"/> decodes a file.</param>
    /// <param name="progress">Told the number of characters of each block once it is added (from any thread).</param>
    /// <param name="cancellationToken">Stops reading; nothing of this document is kept.</param>
    /// <exception cref="InvalidOperationException">The index was opened with <see cref="OpenReadOnly"/>.</exception>
    public Task AddDocumentFromReaderAsync(string key, TextReader text, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(text);
        return WriteAsync([(key, TextBlocks.Read(text))], progress, 0, cancellationToken);
    }

    private Task WriteAsync(IEnumerable<(string Key, IEnumerable<(int Offset, string Text)> Blocks)> documents, IProgress<int>? progress,
        int maxParallelism, CancellationToken cancellationToken)
    {
        var writer = _writer ?? throw new InvalidOperationException("This index was opened read-only; open it with CorpusIndex.Open to add documents.");
        return Task.Run(
            async () =>
            {
                await _writeGate.WaitAsync(cancellationToken);
                try
                {
                    var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount };
                    try
                    {
                        DocumentWriter.Write(writer, documents, progress, options);
                    }
                    catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                    {
                        // The caller asked for documents, not threads: the first failure is thrown as itself (the
                        // others, on other threads, are usually the same cause met again).
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                    }
                    finally
                    {
                        // The commit and the readers' refresh happen once, at the end, whatever happened.
                        Commit(writer);
                        _searchers.MaybeRefreshBlocking();
                    }
                }
                finally
                {
                    _writeGate.Release();
                }
            },
            cancellationToken);
    }

    /// <summary>
    /// Looks up any string (a glossary term or not, up to 64 characters, no line breaks): the glossary entry that
    /// has it as a surface form, and every occurrence of that entry's surface forms (or of the string itself) in
    /// every document, with context. In documents judged spun (<see cref="GetSpinVerdict"/>), the forms a spinner
    /// wrote for them are found too, each occurrence naming what it stands for; see <see cref="LookupOptions.IncludeSpunForms"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The term is empty, longer than 64 characters, or has a line break.</exception>
    public TermReport Lookup(string term, LookupOptions? options = null) =>
        WithSearcher(searcher => TermLookup.Run(searcher, Terms, term, options ?? LookupOptions.Default));

    /// <summary>
    /// The passages that best match <paramref name="query"/>, best first, with highlights and the glossary terms
    /// each contains. Any string is a valid query: words separated by spaces may match, "quoted text" must match
    /// exactly, and English words also find the Chinese terms whose glosses they match. Punctuation alone finds
    /// nothing; Lucene's query syntax has no meaning here. A query is at most 256 characters.
    /// </summary>
    /// <param name="query">What to search for.</param>
    /// <param name="limit">The most passages to return (default 10).</param>
    /// <exception cref="ArgumentException">The query is empty, only white space, or longer than 256 characters.</exception>
    public IReadOnlyList<PassageHit> Search(string query, int limit = 10) =>
        WithSearcher(searcher => PassageSearch.Run(searcher, Terms, query, limit));

    /// <summary>The keys of the documents in the index, in ordinal order.</summary>
    public IReadOnlyList<string> Documents => WithSearcher(searcher => DocumentStore.Keys(searcher.IndexReader));

    /// <summary>The number of passages in the index, over all documents.</summary>
    public int PassageCount => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>The text of a document exactly as it was added, or <see langword="null"/> if there is no such key.</summary>
    public string? GetDocumentText(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WithSearcher(searcher => DocumentStore.Text(searcher, key));
    }

    /// <summary>
    /// Whether a document reads as spun (伪原创), as judged when it was indexed from the fingerprints of
    /// <see cref="SpinTable.Default"/>; <see langword="null"/> if there is no such key. In a spun document, look-ups
    /// and searches also find the spun forms of what is asked for.
    /// </summary>
    public SpinVerdict? GetSpinVerdict(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WithSearcher(searcher => DocumentStore.Verdict(searcher, key));
    }

    /// <summary>Releases the index (and its write lock). Pending look-ups on other threads should be finished first.</summary>
    public void Dispose()
    {
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
        _writeGate.Dispose();
        _processLock?.Dispose();
    }

    // Every commit records the index format, so that a later version (or an older one) recognises what it opens.
    private static void Commit(IndexWriter writer)
    {
        writer.SetCommitData(new Dictionary<string, string> { [Schema.FormatKey] = Schema.FormatVersion });
        writer.Commit();
    }

    // Lucene reports a damaged or foreign index as an IOException of some kind (CorruptIndexException, a format
    // exception, end of file, a missing file), and a compound file cut short as an ArgumentException while opening
    // (our own arguments are checked before that, and at query time an ArgumentException is the caller's). A locked
    // index is the write lock's business, handled where it is taken.
    private static bool IsDamage(Exception e, bool opening) =>
        e is IOException and not LockObtainFailedException || (opening && e is ArgumentException);

    private static GlossaryException InUse(Exception e) =>
        new("The index is in use by another process (its folder is locked for writing). Close that process, or use another folder.", e);

    // The folder, for messages; an index in memory has none.
    private string Location => _directory is FSDirectory fs ? fs.Directory.FullName : "memory";

    private static GlossaryException Damaged(string path, Exception e) =>
        new($"The index in '{path}' is damaged or unreadable ({e.Message.TrimEnd('.')}). Re-index the documents into a new folder.", e);

    private static void CheckFormat(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return;
        }

        var data = DirectoryReader.ListCommits(directory)[^1].UserData;
        var format = data is not null && data.TryGetValue(Schema.FormatKey, out var value) ? value : "1";
        if (format != Schema.FormatVersion)
        {
            throw new GlossaryException(
                $"The index was written by another version of Glossary (index format {format}; this version reads format {Schema.FormatVersion}). Re-index the documents into a new folder.");
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        // A read-only instance follows another process's commits: at most once a second it checks (one directory
        // listing) for a new commit and, if there is one, opens it without blocking readers.
        IndexSearcher searcher;
        try
        {
            if (_writer is null && Environment.TickCount64 - Volatile.Read(ref _refreshed) > 1000)
            {
                Volatile.Write(ref _refreshed, Environment.TickCount64);
                _searchers.MaybeRefresh();
            }

            searcher = _searchers.Acquire();
        }
        catch (Exception e) when (IsDamage(e, opening: true))
        {
            throw Damaged(Location, e);
        }

        try
        {
            return read(searcher);
        }
        catch (Exception e) when (IsDamage(e, opening: false))
        {
            // Damage that opening could not see (a data file cut short, say) shows when a read reaches it.
            throw Damaged(Location, e);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}
