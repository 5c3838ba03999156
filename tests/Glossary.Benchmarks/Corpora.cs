using Glossary.Samples;

namespace Glossary.Benchmarks;

/// <summary>
/// The texts the benchmarks run on: the bundled article replicated to about a million characters, and a fixed sample
/// of about a million characters of a real, varied corpus fetched by fetch-corpus.sh into a cache folder (never
/// committed). Benchmarks that need the real corpus skip
/// it, saying so, when the folder is absent.
/// </summary>
public static class Corpora
{
    public const string Replicated = "article-x200";
    public const string Real = "real";

    /// <summary>Where fetch-corpus.sh puts the real corpus: $GLOSSARY_CORPUS, else ~/.cache/glossary-benchmarks/corpus.</summary>
    public static string RealFolder =>
        Environment.GetEnvironmentVariable("GLOSSARY_CORPUS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "glossary-benchmarks", "corpus");

    public static bool RealIsPresent => Directory.Exists(RealFolder) && Directory.EnumerateFiles(RealFolder, "*.txt").Any();

    /// <summary>The corpora to run on: both when the real one is present, else the replicated article only.</summary>
    public static IEnumerable<string> Available => RealIsPresent ? [Replicated, Real] : [Replicated];

    /// <summary>The documents of a corpus, as (key, text).</summary>
    public static IReadOnlyList<(string Key, string Text)> Load(string name) => name switch
    {
        Replicated => Enumerable.Range(0, 200).Select(i => ($"article-{i:D3}", SampleCorpus.Article)).ToList(),
        Real when RealIsPresent => Sample(Directory.EnumerateFiles(RealFolder, "*.txt")),
        Real => throw new InvalidOperationException($"The real corpus is absent: run tests/Glossary.Benchmarks/fetch-corpus.sh (looked in {RealFolder})."),
        _ => throw new ArgumentException($"Unknown corpus '{name}'.", nameof(name)),
    };

    // A fixed, varied sample of about a million characters: files in the order of a hash of their names (so every
    // source is represented, and every run takes the same files), until the sample reaches 1,000,000 characters.
    private static List<(string Key, string Text)> Sample(IEnumerable<string> files)
    {
        var sample = new List<(string Key, string Text)>();
        long characters = 0;
        foreach (var file in files.OrderBy(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(f)))), StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            sample.Add((Path.GetFileName(file), text));
            characters += text.Length;
            if (characters >= 1_000_000)
            {
                break;
            }
        }

        return sample;
    }

    /// <summary>The whole corpus as one string (documents joined by a blank line).</summary>
    public static string Text(string name) => string.Join("\n\n", Load(name).Select(d => d.Text));
}
