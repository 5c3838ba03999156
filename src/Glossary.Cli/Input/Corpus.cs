using Glossary.Dictionaries;
using Glossary.Formats;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Cli.Commands;

/// <summary>
/// What a command works on: the user's glossaries (or the bundled one), an optional dictionary under them, and the
/// named index (or the bundled article). The dictionary only fills gaps: look-ups, annotation and entries use it,
/// but search and the frequency list stay with the glossary, where every term was chosen by a person.
/// </summary>
/// <remarks>
/// The dictionary loads on the thread pool while the command goes on (opening an index costs as much again), and is
/// awaited only by the commands that use it.
/// </remarks>
internal sealed record Corpus(TermBase Glossary, Task<TermBase?> Dictionary)
{
    /// <summary>The glossaries over the dictionary: what annotation and entry look-ups use.</summary>
    public async Task<TermBase> LayeredAsync() => await Dictionary is { } dictionary ? TermBase.Combine(Glossary, dictionary) : Glossary;

    public static async Task<Corpus> LoadAsync(CorpusSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var dictionary = settings.Dictionary switch
        {
            null => Task.FromResult<TermBase?>(null),
            var name when name.Equals("cedict", StringComparison.OrdinalIgnoreCase) => LoadCedictAsync(cancellationToken),
            var path when !File.Exists(path) => throw new FileNotFoundException($"The dictionary '{path}' is neither 'cedict' nor an existing file.", path),
            var path => Task.FromResult<TermBase?>(await LoadFileAsync(path, "dictionary", settings.Strict, environment, cancellationToken)),
        };
        var glossary = SampleCorpus.Glossary;
        if (settings.Glossaries.Length > 0)
        {
            var layers = new List<TermBase>();
            foreach (var path in settings.Glossaries)
            {
                layers.Add(await LoadFileAsync(path, "glossary", settings.Strict, environment, cancellationToken));
            }

            glossary = TermBase.Combine(layers);
        }

        return new Corpus(glossary, dictionary);
    }

    /// <summary>Opens the index (or the bundled article's, see <see cref="BundledIndex"/>) with the glossary's terms.</summary>
    public async Task<CorpusIndex> OpenIndexAsync(CorpusSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Index is not null)
        {
            return CorpusIndex.OpenReadOnly(settings.Index, new() { Terms = Glossary });
        }

        return await BundledIndex.OpenAsync(Glossary, cancellationToken);
    }

    private static async Task<TermBase?> LoadCedictAsync(CancellationToken cancellationToken) => await CcCedict.LoadAsync(cancellationToken);

    public static async Task<TermBase> LoadFileAsync(string path, string role, bool strict, CliEnvironment environment,
        CancellationToken cancellationToken, GlossaryFormat format = GlossaryFormat.Auto)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a folder; the {role} must be a file (.tsv, .csv, .tbx or a CC-CEDICT .u8).");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The {role} file '{path}' does not exist.", path);
        }

        var terms = await GlossaryFile.LoadAsync(path, strict, format, cancellationToken);
        foreach (var issue in terms.Issues)
        {
            environment.Error.WriteLine($"glossary: warning: {issue}");
        }

        if (terms.Issues.Count > 0)
        {
            environment.Error.WriteLine(
                $"glossary: warning: {terms.Issues.Count} problem(s) in {path}; {terms.Entries.Count} entries loaded (use --strict to stop at the first)");
            environment.Warnings += terms.Issues.Count;
        }

        return terms;
    }
}
