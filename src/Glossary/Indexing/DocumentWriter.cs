using System.Collections.Concurrent;
using Glossary.Analysis;
using Glossary.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Glossary.Indexing;

/// <summary>A block of whole lines of a document, split into passages: the unit one thread analyses.</summary>
internal sealed record DocumentBlock(DocumentVersion Document, int Offset, int FirstPassage, string Text, IReadOnlyList<Passage> Passages);

/// <summary>
/// One version of a document being written. Its passages carry <see cref="Version"/>, so the previous version is
/// deleted only once every block of this one is in, and a failed write deletes only its own passages.
/// </summary>
internal sealed class DocumentVersion(string key)
{
    private readonly Dictionary<string, int> _fingerprints = new(StringComparer.Ordinal);
    private long _length;
    private int _holds = 1; // the reading of the document's blocks holds it too, until the last block is read

    public string Key { get; } = key;

    public string Version { get; } = Guid.NewGuid().ToString("N");

    public bool Complete { get; private set; }

    public void Hold() => Interlocked.Increment(ref _holds);

    /// <summary>Adds a block's spin fingerprints: the document's verdict is judged on all of them together.</summary>
    public void Observe(IReadOnlyDictionary<string, int> fingerprints, int length)
    {
        lock (_fingerprints)
        {
            foreach (var (form, count) in fingerprints)
            {
                _fingerprints[form] = _fingerprints.GetValueOrDefault(form) + count;
            }

            _length += length;
        }
    }

    /// <summary>
    /// Lets go of one hold; the last one sets the document's spin verdict on all its passages and replaces the
    /// previous version with this one.
    /// </summary>
    public void Release(IndexWriter writer)
    {
        if (Interlocked.Decrement(ref _holds) == 0)
        {
            writer.DeleteDocuments(new BooleanQuery
            {
                { new TermQuery(new Term(Schema.Document, Key)), Occur.MUST },
                { new TermQuery(new Term(Schema.Version, Version)), Occur.MUST_NOT },
            });
            Complete = true;
        }
    }

    /// <summary>The document's spin verdict, from the fingerprints of all its blocks.</summary>
    public SpinVerdict Verdict() => SpinTable.Judge(_fingerprints, _length).Verdict;

    public void Abandon(IndexWriter writer) => writer.DeleteDocuments(new Term(Schema.Version, Version));
}

// Documents arrive as blocks (a string is one block; a stream is read block by block), are split into passages
// as they are read, and are analysed on several threads: IndexWriter takes documents from many threads at once (one
// segment buffer each), so SmartCn runs on every core, even for one long document. The caller commits.
internal static class DocumentWriter
{
    public static void Write(IndexWriter writer, IEnumerable<(string Key, IEnumerable<(int Offset, string Text)> Blocks)> documents,
        IProgress<int>? progress, ParallelOptions options)
    {
        var started = new ConcurrentQueue<DocumentVersion>();
        try
        {
            // No buffering: a thread takes one block at a time, so memory holds a block per thread, not a chunk of them.
            var blocks = Partitioner.Create(Blocks(writer, documents, started), EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(blocks, options, block =>
            {
                writer.AddDocuments(PassageDocuments.Create(block));
                block.Document.Observe(SpinTable.Default.Evidence(block.Text), block.Text.Length);
                progress?.Report(block.Text.Length);
                block.Document.Release(writer);
            });
        }
        catch
        {
            // Every thread has stopped: the versions not complete are partial, and the previous ones still stand.
            foreach (var document in started.Where(d => !d.Complete))
            {
                document.Abandon(writer);
            }

            Judge(writer, started);
            throw;
        }

        Judge(writer, started);
    }

    // Sets each complete document's spin verdict on all its passages, once every thread has stopped adding.
    private static void Judge(IndexWriter writer, IEnumerable<DocumentVersion> documents)
    {
        var judged = documents.Where(d => d.Complete).Select(d => (Document: d, Verdict: d.Verdict())).Where(j => j.Verdict != SpinVerdict.Clean).ToList();
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

        foreach (var (document, verdict) in judged)
        {
            writer.UpdateNumericDocValue(new Term(Schema.Version, document.Version), Schema.Spin, (long)verdict);
        }
    }

    private static IEnumerable<DocumentBlock> Blocks(IndexWriter writer, IEnumerable<(string Key, IEnumerable<(int Offset, string Text)> Blocks)> documents,
        ConcurrentQueue<DocumentVersion> started)
    {
        foreach (var (key, blocks) in documents)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(documents));
            var document = new DocumentVersion(key);
            started.Enqueue(document);
            var passages = 0;
            foreach (var (offset, text) in blocks)
            {
                var split = PassageSplitter.Split(text);
                document.Hold();
                yield return new DocumentBlock(document, offset, passages, text, split);
                passages += split.Count;
            }

            document.Release(writer);
        }
    }
}
