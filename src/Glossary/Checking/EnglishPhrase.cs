using Glossary.Analysis;
using Glossary.Querying;

namespace Glossary.Checking;

// An English gloss as the stems the English analyzer makes of it (lower case, Porter stems, stop words as holes),
// so "configure" matches "configured" and "file" matches "Files". A phrase matches where its stems stand at the same
// relative positions in a text analysed the same way; a hole matches anything, as a stop word would.
internal sealed class EnglishPhrase
{
    private EnglishPhrase(string text, string[] stems)
    {
        Text = text;
        Stems = stems;
        Key = string.Join(' ', stems);
    }

    /// <summary>The gloss as the glossary writes it.</summary>
    public string Text { get; }

    /// <summary>The stems at their relative positions; an empty string is a hole.</summary>
    public string[] Stems { get; }

    /// <summary>The stems joined: two glosses with one key are one rendering (file, files).</summary>
    public string Key { get; }

    /// <summary>The phrase of <paramref name="gloss"/>, or <see langword="null"/> when it has no stem (stop words only).</summary>
    public static EnglishPhrase? Of(string gloss)
    {
        var tokens = Analyzers.EnglishTokens(gloss);
        if (tokens.Count == 0)
        {
            return null;
        }

        var first = tokens[0].Position;
        var stems = new string[tokens[^1].Position - first + 1];
        Array.Fill(stems, string.Empty);
        foreach (var token in tokens)
        {
            stems[token.Position - first] = EnglishText.Fold(token.Stem);
        }

        return new EnglishPhrase(gloss, stems);
    }

    /// <summary>Where the phrase occurs in <paramref name="text"/> (analysed once into <paramref name="text"/>'s tokens), left to right.</summary>
    public IEnumerable<Highlight> FindIn(EnglishText text)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (MatchesAt(text, i) is { } range)
            {
                yield return range;
            }
        }
    }

    /// <summary>The range the phrase covers when it starts at token <paramref name="index"/>, or <see langword="null"/>.</summary>
    public Highlight? MatchesAt(EnglishText text, int index)
    {
        var start = text.Tokens[index];
        if (start.Stem != Stems[0])
        {
            return null;
        }

        var end = start.End;
        for (var k = 1; k < Stems.Length; k++)
        {
            if (Stems[k].Length == 0)
            {
                continue;
            }

            if (text.At(start.Position + k) is not { } token || token.Stem != Stems[k])
            {
                return null;
            }

            end = token.End;
        }

        return new Highlight(start.Start, end - start.Start);
    }
}
