using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Glossary.Analysis;

// SmartCn cuts a character outside the Basic Multilingual Plane (𠀀, 😀) into its two UTF-16 halves and emits each as
// a token. A lone surrogate is not text: Lucene would store each as U+FFFD, and every such character would share one
// garbage term. Those tokens are dropped (positions keep their gaps); the exact field still finds the character.
internal sealed class WholeCharacterFilter(TokenStream input) : FilteringTokenFilter(Analyzers.Version, input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    protected override bool Accept()
    {
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            if (char.IsHighSurrogate(buffer[i]) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(buffer[i]))
            {
                return false;
            }
        }

        return true;
    }
}
