using Glossary.Cli.Input;
using Glossary.Errors;
using Glossary.Text;

namespace Glossary.Cli.Commands;

// The indexing itself: files in batches, large files streamed, bilingual files alone; what was read and skipped.
internal sealed partial class IndexCommand
{
    // One run's reading and counting: files indexed, characters, the encodings other than UTF-8, files skipped.
    private sealed class Run(Settings settings, CliEnvironment environment)
    {
        private long _characters;

        public int Indexed { get; private set; }

        public long Characters => Interlocked.Read(ref _characters);

        public int Skipped { get; private set; }

        public SortedDictionary<string, int> Encodings { get; } = new(StringComparer.Ordinal);

        /// <summary>Says on stderr that a file is skipped and why; with --strict, stops the run instead.</summary>
        public void Skip(string path, string reason)
        {
            if (settings.Strict)
            {
                throw new GlossaryException($"{path}: {reason}");
            }

            environment.Error.WriteLine($"glossary: skipped {path}: {reason}");
            environment.Warnings++;
            Skipped++;
        }

        public async Task IndexAsync(CorpusIndex index, List<string> files, Dictionary<string, long> sizes, Action<string, double>? report,
            CancellationToken cancellationToken)
        {
            long done = 0;
            foreach (var batch in Batches(files, sizes))
            {
                report?.Invoke(batch[0], done);
                if (TextFiles.IsBilingual(batch[0]))
                {
                    await AddBilingualAsync(index, batch[0], cancellationToken);
                }
                else if (sizes[batch[0]] >= LargeFile)
                {
                    await StreamAsync(index, batch[0], done, report, cancellationToken);
                }
                else
                {
                    var texts = new List<(string Key, string Text)>(batch.Count);
                    foreach (var file in batch)
                    {
                        if (await ReadAsync(file, cancellationToken) is { } text)
                        {
                            texts.Add((file, text));
                        }
                    }

                    await index.AddDocumentsAsync(texts, cancellationToken: cancellationToken);
                    Indexed += texts.Count;
                    Interlocked.Add(ref _characters, texts.Sum(t => (long)t.Text.Length));
                }

                done += batch.Sum(f => sizes[f]);
                report?.Invoke(batch[^1], done);
            }
        }

        // A large file streams through the index a block at a time: memory holds blocks, not the file. If it fails
        // midway, the library keeps the previous version of the document.
        private async Task StreamAsync(CorpusIndex index, string file, long start, Action<string, double>? report, CancellationToken cancellationToken)
        {
            var before = Characters;
            try
            {
                using var reader = await DocumentReader.OpenAsync(file, settings.TextEncoding, cancellationToken);
                var progress = new Reported(n =>
                {
                    Interlocked.Add(ref _characters, n);
                    report?.Invoke(file, start + reader.BytesRead);
                });
                await index.AddDocumentFromReaderAsync(file, reader, progress, cancellationToken);
                Count(reader.Encoding);
                Indexed++;
            }
            catch (Exception e) when (e is GlossaryException or IOException or UnauthorizedAccessException)
            {
                Interlocked.Add(ref _characters, before - Characters); // none of it was kept
                Skip(file, Inputs.Reason(e, file));
            }
        }

        // A bilingual file is read whole (units are small, and a memory of a million units is a few hundred MB of
        // XML at most), its problems are warnings naming file and line, and a file without a Chinese side is skipped.
        private async Task AddBilingualAsync(CorpusIndex index, string file, CancellationToken cancellationToken)
        {
            try
            {
                var document = await Glossary.Bilingual.BilingualFile.LoadAsync(file, settings.Strict, cancellationToken: cancellationToken);
                foreach (var issue in document.Issues)
                {
                    environment.Error.WriteLine($"glossary: warning: {issue}");
                    environment.Warnings++;
                }

                var progress = new Reported(n => Interlocked.Add(ref _characters, n));
                await index.AddBilingualDocumentAsync(file, document, progress, cancellationToken);
                Indexed++;
            }
            catch (Exception e) when (e is GlossaryException or IOException or UnauthorizedAccessException)
            {
                Skip(file, Inputs.Reason(e, file));
            }
        }

        private async Task<string?> ReadAsync(string file, CancellationToken cancellationToken)
        {
            try
            {
                var decoded = await TextFiles.ReadAsync(file, settings.TextEncoding, cancellationToken);
                Count(decoded.Encoding);
                return decoded.Text;
            }
            catch (Exception e) when (e is GlossaryException or IOException or UnauthorizedAccessException)
            {
                Skip(file, Inputs.Reason(e, file));
                return null;
            }
        }

        private void Count(System.Text.Encoding used)
        {
            if (used.CodePage != System.Text.Encoding.UTF8.CodePage)
            {
                Encodings[used.WebName] = Encodings.GetValueOrDefault(used.WebName) + 1;
            }
        }
    }

    private static IEnumerable<List<string>> Batches(List<string> files, Dictionary<string, long> sizes)
    {
        var batch = new List<string>();
        long bytes = 0;
        foreach (var file in files)
        {
            if ((sizes[file] >= LargeFile || TextFiles.IsBilingual(file)) && batch.Count > 0)
            {
                yield return batch;
                (batch, bytes) = ([], 0);
            }

            batch.Add(file);
            bytes += sizes[file];
            if (bytes >= LargeFile || TextFiles.IsBilingual(file))
            {
                yield return batch;
                (batch, bytes) = ([], 0);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    // Progress<T> would post each report to the thread pool, to arrive later and in any order; the count must be
    // complete when the write is.
    private sealed class Reported(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
