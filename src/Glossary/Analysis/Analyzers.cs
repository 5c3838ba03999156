using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Glossary.Analysis;

// The three analyses, built once per process. Lucene analyzers are thread-safe (each thread reuses its own token
// stream components), and SmartCn's dictionaries load once, lazily, on first use.
internal static class Analyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Per field: SmartCn for <see cref="Schema.Text"/>, English for <see cref="Schema.TranslationText"/>, bigrams for the exact fields.</summary>
    public static Analyzer Index => Holder.Index;

    /// <summary>English with stop words removed and KStem stemming, for glosses, English queries and the English side of memories.</summary>
    public static Analyzer English => Holder.English;

    /// <summary>The SmartCn words of <paramref name="text"/> with their position increments (stop words leave gaps).</summary>
    public static IReadOnlyList<(string Term, int Position)> ChineseWords(string text) =>
        TokensWithOffsets(Holder.Index, Schema.Text, text).Select(t => (t.Term, t.Position)).ToList();

    /// <summary>The English stems of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> EnglishStems(string text) =>
        TokensWithOffsets(Holder.English, "gloss", text).Select(t => t.Term).ToList();

    /// <summary>The English stems of <paramref name="text"/> with their positions (stop words leave gaps) and offsets in the text.</summary>
    public static IReadOnlyList<(string Stem, int Position, int Start, int End)> EnglishTokens(string text) => TokensWithOffsets(Holder.English, "gloss", text);

    /// <summary>The SmartCn words of <paramref name="text"/> with their positions and offsets in the text.</summary>
    public static IReadOnlyList<(string Word, int Position, int Start, int End)> ChineseTokens(string text) => TokensWithOffsets(Holder.Index, Schema.Text, text);

    private static List<(string Term, int Position, int Start, int End)> TokensWithOffsets(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    // Nested holder: nothing is built until an analyzer is first asked for.
    private static class Holder
    {
        // SmartCn looks for a "smartcn-data" folder in the application's folder and in every folder above it, and
        // loads its dictionaries from the first it finds instead of its built-in ones: a stray folder anywhere up
        // the tree would silently change every answer (and a broken one would crash). This library always uses
        // the built-in dictionaries, so the same text gives the same index on every machine. Set before SmartCn's
        // dictionaries load, which happens on its first analysis, after this initialiser.
        private static readonly bool BuiltInDictionaries = UseBuiltInDictionaries();

        public static readonly Analyzer Index = new PerFieldAnalyzerWrapper(
            new ExactGramAnalyzer(),
            new Dictionary<string, Analyzer>
            {
                [Schema.Text] = new WholeCharacterAnalyzer(new SmartChineseAnalyzer(Version)),
                [Schema.TranslationText] = new EnglishWords(),
            });

        public static readonly Analyzer English = new EnglishWords();

        private static bool UseBuiltInDictionaries()
        {
            AnalyzerProfile.ANALYSIS_DATA_DIR = string.Empty;
            return true;
        }
    }

    // English as Lucene's EnglishAnalyzer reads it (possessives dropped, lower case, stop words removed), stemmed with
    // KStem rather than Porter: Porter cuts "virus" to "viru" but "viruses" to "virus", so a translation memory's
    // singular and plural were two renderings; KStem folds inflections (file/files, virus/viruses,
    // configure/configured/configuring) and leaves words whole where Porter over-cuts.
    private sealed class EnglishWords : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new Lucene.Net.Analysis.Standard.StandardTokenizer(Version, reader);
            TokenStream result = new Lucene.Net.Analysis.Standard.StandardFilter(Version, source);
            result = new EnglishPossessiveFilter(Version, result);
            result = new Lucene.Net.Analysis.Core.LowerCaseFilter(Version, result);
            result = new Lucene.Net.Analysis.Core.StopFilter(Version, result, EnglishAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(source, new KStemFilter(result));
        }
    }

    private sealed class ExactGramAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new ExactGramTokenizer(reader));
    }
}
