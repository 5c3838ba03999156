namespace Glossary.Cli.Commands;

/// <summary>Opens what a command works on: the named index and glossaries, or the bundled article and its glossary.</summary>
internal static class Corpus
{
    public static async Task<TermBase> LoadGlossaryAsync(CorpusSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (settings.Glossaries.Length == 0)
        {
            return SampleCorpus.Glossary;
        }

        var entries = new List<TermEntry>();
        foreach (var path in settings.Glossaries)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The glossary file '{path}' does not exist.", path);
            }

            var terms = await TermBase.LoadAsync(path, strict: false, cancellationToken);
            foreach (var issue in terms.Issues)
            {
                environment.Error.WriteLine($"glossary: warning: {issue} (line skipped)");
                environment.Warnings++;
            }

            entries.AddRange(terms.Entries);
        }

        return new TermBase(entries);
    }

    public static async Task<CorpusIndex> OpenAsync(CorpusSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var terms = await LoadGlossaryAsync(settings, environment, cancellationToken);
        if (settings.Index is not null)
        {
            return CorpusIndex.OpenReadOnly(settings.Index, terms);
        }

        var index = CorpusIndex.InMemory(terms);
        await index.AddDocumentAsync(SampleCorpus.ArticleKey, SampleCorpus.Article, cancellationToken);
        return index;
    }
}
