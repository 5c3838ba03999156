using Glossary.Bilingual;
using Glossary.Errors;
using Glossary.Indexing;
using Glossary.Querying;
using Glossary.Spin;
using Glossary.Terms;
using Glossary.Text;

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
// The parts are separate internals: IndexFolder (opening, locking, format and spin-table checks, commits),
// WriteQueue (one write at a time, commit and refresh at the end) and SearcherLease (readers, damage as one error).
public sealed class CorpusIndex : IDisposable
{
    private readonly IndexFolder _folder;
    private readonly SearcherLease _searchers;
    private readonly WriteQueue? _writes;

    private CorpusIndex(IndexFolder folder, CorpusIndexOptions options)
    {
        _folder = folder;
        Terms = options.Terms;
        SpinTable = options.SpinTable;
        if (folder.Writer is { } writer)
        {
            _searchers = new SearcherLease(writer, folder.Location);
            _writes = new WriteQueue(folder, SpinTable, _searchers.Refresh);
        }
        else
        {
            _searchers = new SearcherLease(folder.Directory, folder.Location);
        }
    }

    /// <summary>The glossary whose entries look-ups report and search results list.</summary>
    public TermBase Terms { get; }

    /// <summary>The spin table that judges documents as they are indexed and finds spun forms in look-ups.</summary>
    public SpinTable SpinTable { get; }

    /// <summary>
    /// Opens the index in <paramref name="path"/>, creating the folder and an empty index if there is none. An
    /// existing index is used as it is, without analysing anything again.
    /// </summary>
    /// <param name="path">The index folder: new, empty, or holding an index.</param>
    /// <param name="options">The glossary and spin table; <see cref="CorpusIndexOptions.Default"/> when omitted.</param>
    /// <exception cref="GlossaryException">
    /// Another process has the index open for writing; the path is a file, or a folder that holds other things than
    /// an index; the index is damaged, of another format, or judged by another spin table.
    /// </exception>
    public static CorpusIndex Open(string path, CorpusIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= CorpusIndexOptions.Default;
        return Create(IndexFolder.OpenForWriting(path, options.SpinTable), options);
    }

    /// <summary>
    /// Opens an existing index for reading only: no write lock is taken, so any number of readers (in this process or
    /// others) can use it while one writer adds documents. The reader follows the writer's commits within a second.
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <param name="options">The glossary and spin table; <see cref="CorpusIndexOptions.Default"/> when omitted.</param>
    /// <exception cref="GlossaryException">
    /// The folder does not exist or holds no index; the index is damaged, of another format, or judged by another
    /// spin table.
    /// </exception>
    public static CorpusIndex OpenReadOnly(string path, CorpusIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= CorpusIndexOptions.Default;
        return Create(IndexFolder.OpenForReading(path, options.SpinTable), options);
    }

    /// <summary>Creates an empty index held in memory, gone when disposed.</summary>
    /// <param name="options">The glossary and spin table; <see cref="CorpusIndexOptions.Default"/> when omitted.</param>
    public static CorpusIndex InMemory(CorpusIndexOptions? options = null)
    {
        options ??= CorpusIndexOptions.Default;
        return Create(IndexFolder.InMemory(options.SpinTable), options);
    }

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
        return Writes.WriteAsync(documents.Select(d => (d.Key, Whole(d.Text))), progress, maxParallelism, cancellationToken);

        static IEnumerable<SourceBlock> Whole(string text) =>
            [new(0, text ?? throw new ArgumentNullException(nameof(documents), "A document's text is null."))];
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
        return Writes.WriteAsync([(key, TextBlocks.Read(text).Select(b => new SourceBlock(b.Offset, b.Text)))], progress, 0, cancellationToken);
    }

    /// <summary>
    /// Adds a bilingual document (a translation memory, an XLIFF or PO file, aligned text), or replaces the one with
    /// the same key. Each unit is a passage: its Chinese side is looked up and ranked exactly as a plain document's
    /// text (the document's text is the units' Chinese sides, each followed by a line break), and its other side is
    /// kept with it, shown with every occurrence and searched with English words. When the task completes the
    /// document is durable and visible.
    /// </summary>
    /// <param name="key">The document's key, such as its path; reported with every hit.</param>
    /// <param name="document">The document, as read by <see cref="BilingualFile"/>.</param>
    /// <param name="progress">Told the number of characters of each block of units once it is added (from any thread).</param>
    /// <param name="cancellationToken">Stops adding units; nothing of this document is kept.</param>
    /// <exception cref="GlossaryException">The document holds no Chinese side (the message names the languages it holds).</exception>
    /// <exception cref="InvalidOperationException">The index was opened with <see cref="OpenReadOnly"/>.</exception>
    public Task AddBilingualDocumentAsync(string key, BilingualDocument document, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(document);
        if (!document.HasChinese)
        {
            var held = document.Languages.Count == 0 ? "no text at all" : "only " + string.Join(", ", document.Languages);
            throw new GlossaryException($"{document.Source} has no Chinese side to index: it holds {held} (Chinese is {LanguageTags.ChineseExamples}).");
        }

        return Writes.WriteAsync([(key, BilingualBlocks.Of(document))], progress, 0, cancellationToken);
    }

    /// <summary>
    /// Looks up any string (a glossary term or not, up to 64 characters, no line breaks): the glossary entry that
    /// has it as a surface form, and every occurrence of that entry's surface forms (or of the string itself) in
    /// every document, with context. In documents judged spun (<see cref="GetSpinVerdict"/>), the forms a spinner
    /// wrote for them are found too, each occurrence naming what it stands for; see <see cref="LookupOptions.IncludeSpunForms"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The term is empty, longer than 64 characters, or has a line break.</exception>
    public TermReport Lookup(string term, LookupOptions? options = null) =>
        _searchers.Read(searcher => TermLookup.Run(searcher, Terms, SpinTable, term, options ?? LookupOptions.Default));

    /// <summary>
    /// The passages that best match <paramref name="query"/>, best first, with highlights and the glossary terms
    /// each contains. Any string is a valid query: words separated by spaces may match, "quoted text" must match
    /// exactly, and English words also find the Chinese terms whose glosses they match. Punctuation alone finds
    /// nothing; Lucene's query syntax has no meaning here. A query is at most 256 characters.
    /// </summary>
    /// <param name="query">What to search for.</param>
    /// <param name="limit">The most passages to return (default 10).</param>
    /// <exception cref="ArgumentException">The query is empty, only white space, or longer than 256 characters.</exception>
    public SearchResults Search(string query, int limit = 10) =>
        _searchers.Read(searcher => PassageSearch.Run(searcher, Terms, SpinTable, query, limit));

    /// <summary>The keys of the documents in the index, in ordinal order (read from the index at each call).</summary>
    public IReadOnlyList<string> GetDocumentKeys() => _searchers.Read(searcher => DocumentStore.Keys(searcher.IndexReader)).AsReadOnly();

    /// <summary>The number of passages in the index, over all documents.</summary>
    public int PassageCount => _searchers.Read(searcher => searcher.IndexReader.NumDocs);

    /// <summary>The text of a document exactly as it was added, or <see langword="null"/> if there is no such key.</summary>
    public string? GetDocumentText(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _searchers.Read(searcher => DocumentStore.Text(searcher, key));
    }

    /// <summary>
    /// Whether a document reads as spun (伪原创), as judged when it was indexed from the fingerprints of
    /// <see cref="SpinTable"/>; <see langword="null"/> if there is no such key. In a spun document, look-ups and
    /// searches also find the spun forms of what is asked for.
    /// </summary>
    public SpinVerdict? GetSpinVerdict(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _searchers.Read(searcher => DocumentStore.Verdict(searcher, key));
    }

    /// <summary>Releases the index (and its write lock). Pending look-ups on other threads should be finished first.</summary>
    public void Dispose()
    {
        _searchers.Dispose();
        _writes?.Dispose();
        _folder.Dispose();
    }

    private WriteQueue Writes => _writes ?? throw new InvalidOperationException("This index was opened read-only; open it with CorpusIndex.Open to add documents.");

    private static CorpusIndex Create(IndexFolder folder, CorpusIndexOptions options)
    {
        try
        {
            return new CorpusIndex(folder, options);
        }
        catch (Exception e) when (IndexErrors.IsDamage(e, opening: true))
        {
            // Lucene opens the segments only now, for the first searcher: damage it meets is the index's.
            var location = folder.Location;
            folder.Dispose();
            throw IndexErrors.Damaged(location, e);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }
}
