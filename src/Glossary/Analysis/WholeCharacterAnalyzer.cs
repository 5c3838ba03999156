using Lucene.Net.Analysis;

namespace Glossary.Analysis;

/// <summary>An analyzer with <see cref="WholeCharacterFilter"/> after another one's chain.</summary>
internal sealed class WholeCharacterAnalyzer(Analyzer inner) : AnalyzerWrapper(inner.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new WholeCharacterFilter(components.TokenStream));
}
