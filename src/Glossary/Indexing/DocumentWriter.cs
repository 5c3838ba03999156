using Glossary.Bilingual;
using System.Collections.Concurrent;
using Glossary.Analysis;
using Glossary.Spin;
using Glossary.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Glossary.Indexing;

/// <summary>A block of whole lines of a document, split into passages: the unit one thread analyses.</summary>
internal sealed record DocumentBlock(DocumentVersion Document, int Offset, int FirstPassage, string Text, IReadOnlyList<Passage> Passages,
    IReadOnlyList<TranslationUnit>? Units);

/// <summary>
/// One version of a document being written. Its passages carry <see cref="Version"/>, so the previous version is
/// deleted only once every block of this one is in, and a failed write deletes only its own passages.
/// </summary>
internal sealed class DocumentVersion(string key, bool mayReplace)
{
    private readonly SpinTally _evidence = new();
    private int _holds = 1; // the reading of the document's blocks holds it too, until the last block is read

    public string Key { get; } = key;

    public string Version { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Whether another version of the key may be in the index: false for a key the index did not hold when the call began.</summary>
    public bool MayReplace { get; } = mayReplace;

    public void Hold() => Interlocked.Increment(ref _holds);

    /// <summary>Adds a block's spin evidence: the document's verdict is judged on all of it together.</summary>
    public void Observe(SpinTally evidence)
    {
        lock (_evidence)
        {
            _evidence.Add(evidence);
        }
    }

    /// <summary>Lets go of one hold; true for the last one, when every block of the version is in.</summary>
    public bool Release() => Interlocked.Decrement(ref _holds) == 0;

    /// <summary>The document's spin mark (its verdict and spinner), from the evidence of all its blocks.</summary>
    public long Mark(SpinTable spinTable) => spinTable.Mark(_evidence);

    /// <summary>Deletes every other version of the document: this one replaces them.</summary>
    public void Replace(IndexWriter writer) => writer.DeleteDocuments(new BooleanQuery
    {
        { new TermQuery(new Term(Schema.Document, Key)), Occur.MUST },
        { new TermQuery(new Term(Schema.Version, Version)), Occur.MUST_NOT },
    });

    /// <summary>Deletes this version's passages: the previous version stands.</summary>
    public void Abandon(IndexWriter writer) => writer.DeleteDocuments(new Term(Schema.Version, Version));
}

// Documents arrive as blocks (a string is one block; a stream is read block by block), are split into passages
// as they are read, and are analysed on several threads: IndexWriter takes documents from many threads at once (one
// segment buffer each), so SmartCn runs on every core, even for one long document. The caller commits.
//
// A version that is complete replaces the previous ones, unless a later version of the same key has started in the
// same call (the last one given wins, as with one call per document): then it deletes itself instead.
internal sealed class DocumentWriter(IndexWriter writer, SpinTable spinTable)
{
    private readonly ConcurrentDictionary<string, DocumentVersion> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _completed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<DocumentVersion, bool> _incomplete = new();
    private readonly ConcurrentQueue<(DocumentVersion Document, long Mark)> _judged = new();

    public static void Write(IndexWriter writer, SpinTable spinTable, IEnumerable<(string Key, IEnumerable<SourceBlock> Blocks)> documents,
        IProgress<int>? progress, ParallelOptions options) => new DocumentWriter(writer, spinTable).Run(documents, progress, options);

    private void Run(IEnumerable<(string Key, IEnumerable<SourceBlock> Blocks)> documents, IProgress<int>? progress, ParallelOptions options)
    {
        try
        {
            // No buffering: a thread takes one block at a time, so memory holds a block per thread, not a chunk of them.
            var blocks = Partitioner.Create(Blocks(documents), EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(blocks, options, block =>
            {
                writer.AddDocuments(PassageDocuments.Create(block));
                block.Document.Observe(spinTable.Evidence(block.Text));
                progress?.Report(block.Text.Length);
                Release(block.Document);
            });
        }
        catch
        {
            // Every thread has stopped: the versions not complete are partial, and the previous ones still stand.
            foreach (var document in _incomplete.Keys)
            {
                document.Abandon(writer);
            }

            Judge();
            throw;
        }

        Judge();
    }

    private void Release(DocumentVersion document)
    {
        if (!document.Release())
        {
            return;
        }

        _incomplete.TryRemove(document, out _);
        if (!_latest.TryRemove(KeyValuePair.Create(document.Key, document)))
        {
            document.Abandon(writer); // superseded by a later version of the key in this call
            return;
        }

        // Nothing of a completed version is kept but its key and verdict, so a call may stream any number of documents.
        // A delete by query costs a search of every segment when it is applied: a key the index did not hold when
        // the call began, and that no earlier version in this call completed, has nothing to delete (bulk indexing
        // of new documents, the common case, deletes nothing).
        if (!_completed.TryAdd(document.Key, true) || document.MayReplace)
        {
            document.Replace(writer);
        }

        if (document.Mark(spinTable) is var mark and not (long)SpinVerdict.Clean)
        {
            _judged.Enqueue((document, mark));
        }
    }

    // Sets each complete document's spin mark on all its passages, once every thread has stopped adding.
    private void Judge()
    {
        // A version replaced later in the call has no passages left, and its update changes nothing.
        var judged = _judged.ToList();
        if (judged.Count == 0)
        {
            return;
        }

        // Lucene.Net 4.8 loses a doc-values update for documents still buffered by an indexing thread (measured: the
        // passages of a streamed document's last block kept the old value). Opening a near-real-time reader flushes
        // every thread's buffer into segments, where updates apply; it commits nothing.
        using (DirectoryReader.Open(writer, applyAllDeletes: false))
        {
        }

        foreach (var (document, mark) in judged)
        {
            writer.UpdateNumericDocValue(new Term(Schema.Version, document.Version), Schema.Spin, mark);
        }
    }

    private IEnumerable<DocumentBlock> Blocks(IEnumerable<(string Key, IEnumerable<SourceBlock> Blocks)> documents)
    {
        // The keys the index holds as the call begins (the last commit, or a fresh near-real-time view of it): a
        // document whose key is not among them replaces nothing. The enumerator runs on one thread at a time.
        using var before = DirectoryReader.Open(writer, applyAllDeletes: true);
        var keys = MultiFields.GetTerms(before, Schema.Document)?.GetEnumerator();
        foreach (var (key, blocks) in documents)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(documents));
            var document = new DocumentVersion(key, keys?.SeekExact(new Lucene.Net.Util.BytesRef(key)) ?? false);
            _latest[key] = document;
            _incomplete[document] = true;
            var passages = 0;
            foreach (var block in blocks)
            {
                var split = block.Passages ?? PassageSplitter.Split(block.Text);
                document.Hold();
                yield return new DocumentBlock(document, block.Offset, passages, block.Text, split, block.Units);
                passages += split.Count;
            }

            Release(document);
        }
    }
}
