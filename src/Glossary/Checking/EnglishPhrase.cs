using Glossary.Analysis;
using Glossary.Querying;

namespace Glossary.Checking;

// An English gloss as the stems the English analyzer makes of it (lower case, KStem stems, stop words as holes),
// so "configure" matches "configured" and "file" matches "Files". A phrase matches where its stems stand at the same
// relative positions in a text analysed the same way; a hole matches anything, as a stop word would.
internal sealed class EnglishPhrase
{
    private EnglishPhrase(string text, string[] stems, string[] words)
    {
        Text = text;
        Stems = stems;
        _words = words;
        Key = string.Join(' ', stems);
    }

    // The words as the gloss writes them, at the stems' positions (empty for a hole).
    private readonly string[] _words;

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
        var words = new string[stems.Length];
        Array.Fill(stems, string.Empty);
        Array.Fill(words, string.Empty);
        foreach (var token in tokens)
        {
            stems[token.Position - first] = EnglishText.Fold(token.Stem);
            words[token.Position - first] = gloss[token.Start..token.End];
        }

        return new EnglishPhrase(gloss, stems, words);
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

    /// <summary>
    /// Where the phrase occurs in <paramref name="text"/> as a translation a reader would accept: its stems, or stems
    /// of their word families (<see cref="Derivation"/>), in order with up to <see cref="Slop"/> words between them
    /// ("wash their hands" for the gloss "washing hands"), or its two parts the other way round as English compounds
    /// allow ("outbreak of COVID-19", "hand-washing", "hand washing"). Any other order is another thing (a system file
    /// is no file system). Used to accept, never to blame: a
    /// discouraged gloss is still found only as written (<see cref="FindIn"/>).
    /// </summary>
    public IEnumerable<Highlight> FindLooselyIn(EnglishText text)
    {
        var wanted = Stems.Where(s => s.Length > 0).ToArray();
        var end = 0;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (text.Tokens[i].Start >= end && (InOrder(text, i, wanted) ?? Inverted(text, i, wanted) ?? Closed(text, i, wanted)) is { } last)
            {
                end = last;
                yield return new Highlight(text.Tokens[i].Start, last - text.Tokens[i].Start);
            }
        }
    }

    /// <summary>How many words a loose match may hold beyond the phrase's own.</summary>
    public const int Slop = 2;

    // The stems in order from token i, the words between them (stop words included: they leave holes in the
    // positions) Slop at most in all; the end of the last one.
    private static int? InOrder(EnglishText text, int i, string[] wanted)
    {
        if (!Derivation.Related(wanted[0], text.Tokens[i].Stem))
        {
            return null;
        }

        var (at, between) = (i, 0);
        for (var w = 1; w < wanted.Length; w++)
        {
            var next = at + 1;
            while (next < text.Tokens.Count && between + Gap(text, at, next) <= Slop && !Derivation.Related(wanted[w], text.Tokens[next].Stem))
            {
                next++;
            }

            if (next >= text.Tokens.Count || between + Gap(text, at, next) > Slop)
            {
                return null;
            }

            between += Gap(text, at, next);
            at = next;
        }

        return text.Tokens[at].End;
    }

    private static int Gap(EnglishText text, int from, int to) => text.Tokens[to].Position - text.Tokens[from].Position - 1;

    // The phrase's two parts the other way round, as English says a compound either way: "outbreak of COVID-19" for
    // "COVID-19 outbreak", "hand-washing" and "hand washing" for "washing hands". Each part contiguous; between them
    // "of", a hyphen, or (for a gerund last, the one English compound that inverts without either) a space. The end
    // of the last word, or null.
    private static int? Inverted(EnglishText text, int i, string[] wanted)
    {
        for (var split = 1; split < wanted.Length; split++)
        {
            var (head, tail) = (wanted[split..], wanted[..split]);
            if (Contiguous(text, i, head) && Contiguous(text, i + head.Length, tail))
            {
                var before = text.Tokens[i + head.Length - 1];
                var after = text.Tokens[i + head.Length];
                var last = text.Tokens[i + wanted.Length - 1];
                var joint = text.Text.AsSpan(before.End, after.Start - before.End);
                var gerund = text.Text.AsSpan(last.Start, last.End - last.Start).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                if (joint is "-" || (joint.Trim().Equals("of", StringComparison.OrdinalIgnoreCase) && joint.Length == 4) ||
                    (joint is " " && gerund && after.Position == before.Position + 1))
                {
                    return last.End;
                }
            }
        }

        return null;
    }

    // The phrase written as one word (facemask for face mask; handwashing for washing hands, a gerund last).
    private static int? Closed(EnglishText text, int i, string[] wanted)
    {
        if (wanted.Length < 2)
        {
            return null;
        }

        var token = text.Tokens[i];
        var word = text.Text[token.Start..token.End].ToLowerInvariant();
        var joined = string.Concat(wanted);
        var inverted = string.Concat(wanted[1..]) + wanted[0];
        // The word must be the whole phrase, not its first part (covid is no "covid19outbreak").
        return word.Length + 1 >= joined.Length && (Derivation.Related(joined, word) ||
            (word.EndsWith("ing", StringComparison.Ordinal) && Derivation.Related(inverted, word))) ? token.End : null;
    }

    // The stems, of one family each, at consecutive positions from token i.
    private static bool Contiguous(EnglishText text, int i, string[] stems)
    {
        if (i + stems.Length > text.Tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < stems.Length; k++)
        {
            var token = text.Tokens[i + k];
            if (!Derivation.Related(stems[k], token.Stem) || (k > 0 && token.Position != text.Tokens[i + k - 1].Position + 1))
            {
                return false;
            }
        }

        return true;
    }

    // A word of the text as the gloss writes it: inflected, and an acronym in capitals (AIDS is no aid, SARS no sars).
    private static bool AsWritten(ReadOnlySpan<char> word, string gloss) =>
        Inflection.Of(word, gloss) && (!IsAcronym(gloss) || word.StartsWith(gloss, StringComparison.Ordinal));

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);

    /// <summary>The range the phrase covers when it starts at token <paramref name="index"/> as written (each word an
    /// inflection of the gloss's: <see cref="Inflection"/>), or <see langword="null"/>.</summary>
    /// <remarks>The strict match: the one that names a term in a source and blames a discouraged translation.</remarks>
    public Highlight? MatchesAt(EnglishText text, int index)
    {
        var start = text.Tokens[index];
        if (start.Stem != Stems[0] || !AsWritten(text.Text.AsSpan(start.Start, start.End - start.Start), _words[0]))
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

            if (text.At(start.Position + k) is not { } token || token.Stem != Stems[k] ||
                !AsWritten(text.Text.AsSpan(token.Start, token.End - token.Start), _words[k]))
            {
                return null;
            }

            end = token.End;
        }

        return new Highlight(start.Start, end - start.Start);
    }
}
