namespace Glossary.Benchmarks;

/// <summary>
/// The clean texts a fingerprint must not occur in: the clean test fixtures and, when fetch-corpus.sh has fetched it,
/// the Debian corpus. Counts are cached, as learning runs once per held-out file over mostly the same forms.
/// </summary>
internal sealed class CleanCorpora
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public CleanCorpora()
    {
        var fixtures = Directory.GetFiles(Path.Combine("tests", "Glossary.Tests", "Fixtures", "CleanProse"), "*.txt").Order(StringComparer.Ordinal);
        var debian = Corpora.RealIsPresent ? Directory.GetFiles(Corpora.RealFolder, "*.txt").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        Fixtures = fixtures.Select(File.ReadAllText).ToList();
        Debian = debian.Select(File.ReadAllText).ToList();
    }

    /// <summary>tests/Glossary.Tests/Fixtures/CleanProse/*.txt, in file-name order.</summary>
    public IReadOnlyList<string> Fixtures { get; }

    /// <summary>The Debian corpus, in file-name order; empty when it has not been fetched.</summary>
    public IReadOnlyList<string> Debian { get; }

    /// <summary>The characters of all the clean texts.</summary>
    public long Characters => Fixtures.Concat(Debian).Sum(t => (long)t.Length);

    public string Description => Debian.Count > 0 ? "clean fixtures and the Debian corpus" : "clean fixtures only (the Debian corpus is absent: run fetch-corpus.sh)";

    /// <summary>How often a form occurs in all the clean texts.</summary>
    public long Count(string form)
    {
        if (!_counts.TryGetValue(form, out var count))
        {
            foreach (var text in Fixtures.Concat(Debian))
            {
                for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + form.Length, StringComparison.Ordinal))
                {
                    count++;
                }
            }

            _counts[form] = count;
        }

        return count;
    }
}
