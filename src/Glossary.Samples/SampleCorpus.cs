using System.Reflection;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Samples;

/// <summary>
/// The bundled article, a Chinese commentary on a proposed US "grand bargain" (大买卖) with the AI industry, and its
/// glossary: the corpus the command-line tool and the sample use when no other is named. The article is content-farm
/// text (many words swapped for look-alikes), kept exactly as received.
/// </summary>
public static class SampleCorpus
{
    /// <summary>The key the article is indexed under.</summary>
    public const string ArticleKey = "grand-bargain";

    /// <summary>The article text, exactly as received.</summary>
    public static string Article => Holder.Article;

    /// <summary>The article's glossary (113 entries: 大买卖 <i>grand bargain</i>, 设想出去 <i>designing out</i>, 卡脖子 <i>chokehold</i>, …).</summary>
    public static TermBase Glossary => Holder.Glossary;

    /// <summary>An in-memory index of the article with its glossary, ready to query. The caller disposes it.</summary>
    /// <param name="cancellationToken">Cancels indexing.</param>
    public static async Task<CorpusIndex> OpenIndexAsync(CancellationToken cancellationToken = default)
    {
        var index = CorpusIndex.InMemory(CorpusIndexOptions.Default with { Terms = Glossary });
        try
        {
            await index.AddDocumentAsync(ArticleKey, Article, cancellationToken);
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    // Loaded once, on first use.
    private static class Holder
    {
        public static readonly string Article = ReadResource("Glossary.Seeds.grand-bargain.txt");

        public static readonly TermBase Glossary = ReadGlossary("Glossary.Seeds.grand-bargain.glossary.tsv", "grand-bargain.glossary.tsv");

        private static string ReadResource(string name)
        {
            using var reader = new StreamReader(OpenResource(name));
            return reader.ReadToEnd();
        }

        private static TermBase ReadGlossary(string name, string source)
        {
            using var stream = OpenResource(name);
            return GlossaryFile.Read(stream, source, strict: true, GlossaryFormat.Tsv);
        }

        private static Stream OpenResource(string name) =>
            Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly.");
    }
}
