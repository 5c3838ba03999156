using System.Runtime.ExceptionServices;

namespace Glossary.Indexing;

/// <summary>
/// Writes go one at a time: each analyses its documents on the thread pool, commits once at the end whatever
/// happened, and then lets readers see the commit. A write that fails or is cancelled commits what it completed.
/// </summary>
internal sealed class WriteQueue(IndexFolder folder, Spin.SpinTable spinTable, Action refreshReaders) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task WriteAsync(IEnumerable<(string Key, IEnumerable<SourceBlock> Blocks)> documents, IProgress<int>? progress,
        int maxParallelism, CancellationToken cancellationToken)
    {
        var writer = folder.Writer ?? throw new InvalidOperationException("This index was opened read-only; open it with CorpusIndex.Open to add documents.");
        return Task.Run(
            async () =>
            {
                await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount };
                    try
                    {
                        DocumentWriter.Write(writer, spinTable, documents, progress, options);
                    }
                    catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                    {
                        // The caller asked for documents, not threads: the first failure is thrown as itself (the
                        // others, on other threads, are usually the same cause met again).
                        ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                    }
                    finally
                    {
                        // The commit and the readers' refresh happen once, at the end, whatever happened.
                        folder.Commit();
                        refreshReaders();
                    }
                }
                finally
                {
                    _gate.Release();
                }
            },
            cancellationToken);
    }

    public void Dispose() => _gate.Dispose();
}
