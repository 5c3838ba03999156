using System.Text;

namespace Glossary.Terms;

// Numbered pinyin (CC-CEDICT's "qia3 bo2 zi5") to tone marks ("qiǎ bózi"). The mark goes on a or e, else on the o of
// "ou", else on the last vowel; u: and v are ü. A neutral-tone syllable (5) is written joined to the one before, as
// standard orthography writes suffixes (bózi, mǎimai, diǎnr), with an apostrophe before a, o or e. Anything that is
// not a numbered syllable (capital letters for Latin abbreviations, punctuation) is kept as it is.
internal static class Pinyin
{
    private const string Vowels = "aeiouü";

    private static readonly string[] Marked =
    [
        "āáǎà", "ēéěè", "īíǐì", "ōóǒò", "ūúǔù", "ǖǘǚǜ",
        "ĀÁǍÀ", "ĒÉĚÈ", "ĪÍǏÌ", "ŌÓǑÒ", "ŪÚǓÙ", "ǕǗǙǛ",
    ];

    public static string FromNumbered(ReadOnlySpan<char> numbered)
    {
        var output = new StringBuilder(numbered.Length);
        var previousWasSyllable = false;
        Span<char> letters = stackalloc char[16];
        foreach (var range in numbered.Split(' '))
        {
            var token = numbered[range];
            if (token.IsEmpty)
            {
                continue;
            }

            var tone = token[^1] - '0';
            var length = tone is >= 1 and <= 5 && token.Length is >= 2 and <= 17 ? Letters(token[..^1], letters) : 0;
            if (length == 0)
            {
                Separate(output);
                output.Append(token);
                previousWasSyllable = false;
                continue;
            }

            var syllable = letters[..length];
            var join = tone == 5 && previousWasSyllable;
            if (!join)
            {
                Separate(output);
            }
            else if (char.ToLowerInvariant(syllable[0]) is 'a' or 'o' or 'e')
            {
                output.Append('\'');
            }

            AppendMarked(output, syllable, tone);
            previousWasSyllable = true;
        }

        return output.ToString();
    }

    private static void Separate(StringBuilder output)
    {
        if (output.Length > 0)
        {
            output.Append(' ');
        }
    }

    // The syllable's letters with u: and v as ü, or 0 when the token is not a syllable.
    private static int Letters(ReadOnlySpan<char> token, Span<char> letters)
    {
        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c is 'u' or 'U' && i + 1 < token.Length && token[i + 1] == ':')
            {
                letters[length++] = c == 'u' ? 'ü' : 'Ü';
                i++;
            }
            else if (c is 'v' or 'V')
            {
                letters[length++] = c == 'v' ? 'ü' : 'Ü';
            }
            else if (char.IsAsciiLetter(c) || c is 'ü' or 'Ü')
            {
                letters[length++] = c;
            }
            else
            {
                return 0;
            }
        }

        return length;
    }

    private static void AppendMarked(StringBuilder output, ReadOnlySpan<char> letters, int tone)
    {
        var at = tone == 5 ? -2 : MarkPosition(letters);
        if (at == -2)
        {
            output.Append(letters);
        }
        else if (at == -1)
        {
            // m, n, ng: no vowel to carry the mark, so a combining mark follows the first letter.
            output.Append(letters[0]).Append("\u0304\u0301\u030C\u0300"[tone - 1]).Append(letters[1..]);
        }
        else
        {
            var vowel = Vowels.IndexOf(char.ToLowerInvariant(letters[at]), StringComparison.Ordinal) + (char.IsUpper(letters[at]) ? 6 : 0);
            output.Append(letters[..at]).Append(Marked[vowel][tone - 1]).Append(letters[(at + 1)..]);
        }
    }

    private static int MarkPosition(ReadOnlySpan<char> letters)
    {
        var last = -1;
        for (var i = 0; i < letters.Length; i++)
        {
            var c = char.ToLowerInvariant(letters[i]);
            if (c is 'a' or 'e')
            {
                return i;
            }

            if (c == 'o' && i + 1 < letters.Length && char.ToLowerInvariant(letters[i + 1]) == 'u')
            {
                return i;
            }

            if (Vowels.Contains(c, StringComparison.Ordinal))
            {
                last = i;
            }
        }

        return last;
    }
}
