using System.Diagnostics;

namespace Glossary.Benchmarks;

/// <summary>
/// Workloads to run under a profiler (see docs/benchmarks.md: dotnet-trace collect -- dotnet Glossary.Benchmarks.dll
/// profile index|lookup): the same operations as the benchmarks, repeated long enough for a sampling profile.
/// </summary>
public static class Profile
{
    public static async Task<int> RunAsync(string what, string corpus = Corpora.Replicated)
    {
        var documents = Corpora.Load(corpus);
        var watch = Stopwatch.StartNew();
        switch (what)
        {
            case "index":
                for (var i = 0; i < 3; i++)
                {
                    using var index = CorpusIndex.InMemory();
                    await index.AddDocumentsAsync(documents, maxParallelism: 1);
                }

                break;
            case "lookup" or "lookup-disk":
                var built = what == "lookup" ? Fixtures.Index(corpus).Index : Fixtures.OnDisk(corpus);
                var term = Fixtures.TermWithAbout(built, 1500);
                watch.Restart();
                for (var i = 0; i < 2000; i++)
                {
                    built.Lookup(term);
                }

                break;
            default:
                Console.Error.WriteLine("profile: expected 'index', 'lookup' or 'lookup-disk'");
                return 2;
        }

        Console.WriteLine($"profile {what}: {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
