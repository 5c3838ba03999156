using Glossary.Bilingual;
using Glossary.Cli.Settings;
using Glossary.Dictionaries;
using Glossary.Errors;
using Glossary.Formats;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Cli.Input;

/// <summary>
/// What a command works on: the user's glossaries (or the bundled one), an optional dictionary under them, the spin
/// table, and the named index (or the bundled article). The dictionary only fills gaps: look-ups, annotation and
/// entries use it, but search and the frequency list stay with the glossary, where every term was chosen by a person.
/// </summary>
/// <remarks>
/// The dictionary loads on the thread pool while the command goes on (opening an index costs as much again), and is
/// awaited only by the commands that use it.
/// </remarks>
internal sealed record Corpus(TermBase Glossary, Task<TermBase?> Dictionary, SpinTable SpinTable)
{
    /// <summary>The glossaries over the dictionary: what annotation and entry look-ups use.</summary>
    public async Task<TermBase> LayeredAsync() => await Dictionary is { } dictionary ? TermBase.Combine(Glossary, dictionary) : Glossary;

    public static async Task<Corpus> LoadAsync(GlossarySettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var spinTable = SpinText.Table(settings, environment);
        var dictionary = settings.Dictionary switch
        {
            null => Task.FromResult<TermBase?>(null),
            var name when name.Equals("cedict", StringComparison.OrdinalIgnoreCase) => LoadCedictAsync(cancellationToken),
            var path => Task.FromResult<TermBase?>(await LoadFileAsync(path, settings.Strict, environment, cancellationToken, hint: "--dictionary takes cedict or a glossary file")),
        };
        var glossary = SampleCorpus.Glossary;
        if (settings.Glossaries.Length > 0)
        {
            var layers = new List<TermBase>();
            foreach (var path in settings.Glossaries)
            {
                layers.Add(await LoadFileAsync(path, settings.Strict, environment, cancellationToken));
            }

            glossary = TermBase.Combine(layers);
        }

        return new Corpus(glossary, dictionary, spinTable);
    }

    /// <summary>Opens the index (or the bundled article's, see <see cref="BundledIndex"/>) with the glossary's terms and the spin table.</summary>
    public async Task<CorpusIndex> OpenIndexAsync(CorpusSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Index is not { } path)
        {
            return await BundledIndex.OpenAsync(Glossary, SpinTable, cancellationToken);
        }

        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw Inputs.NoSuch(path, "folder", $"build an index there with: glossary index <files> --index {path}");
        }

        return CorpusIndex.OpenReadOnly(path, new CorpusIndexOptions { Terms = Glossary, SpinTable = SpinTable });
    }

    private static async Task<TermBase?> LoadCedictAsync(CancellationToken cancellationToken) => await CcCedict.LoadAsync(cancellationToken);

    /// <summary>Reads a glossary file; its skipped lines are warnings (the command answers, and exits with 1).</summary>
    public static async Task<TermBase> LoadFileAsync(string path, bool strict, CliEnvironment environment, CancellationToken cancellationToken,
        GlossaryFormat format = GlossaryFormat.Auto, string? hint = null)
    {
        Inputs.RequireFile(path, hint);
        var terms = format == GlossaryFormat.Auto && BilingualFile.FormatOf(path) == BilingualFormat.Xliff
            ? await XliffGlossaryAsync(path, strict, cancellationToken)
            : await GlossaryFile.LoadAsync(path, strict, format, cancellationToken);
        foreach (var issue in terms.Issues)
        {
            environment.Error.WriteLine($"glossary: warning: {issue}");
        }

        if (terms.Issues.Count > 0)
        {
            environment.Error.WriteLine(
                $"glossary: warning: {Rendering.Text.Numbers.Count(terms.Issues.Count, "problem", "problems")} in {path}; " +
                $"{Rendering.Text.Numbers.Count(terms.Entries.Count, "entry", "entries")} loaded (use --strict to stop at the first)");
            environment.Warnings += terms.Issues.Count;
        }

        return terms;
    }

    // An XLIFF 2 file's glossary module (gls:glossEntry) is a glossary too: --glossary project.xlf uses the entries a
    // project carries. A file that carries none is said so in one line.
    private static async Task<TermBase> XliffGlossaryAsync(string path, bool strict, CancellationToken cancellationToken)
    {
        var document = await BilingualFile.LoadAsync(path, strict, BilingualFormat.Xliff, cancellationToken);
        return document.Terms.Entries.Count > 0
            ? document.Terms
            : throw new GlossaryException($"{path} carries no glossary entries (XLIFF 2's gls:glossEntry); index it with glossary index to look its units up.");
    }
}
