using System.Collections.Concurrent;
using Glossary.Analysis;
using Glossary.Terms;

namespace Glossary.Checking;

// Decides whether an occurrence of a Chinese term is a word of the text or part of a longer word. Known words are the
// surface forms of the glossary and of the boundary dictionary (which only decides boundaries, never obliges).
// An occurrence is not one when a longer known word contains it (程序 in 程序员) and that word's English does not say
// the term's (武汉 in 武汉市 "Wuhan city" is an occurrence), or when two known words tile across
// it, one ending inside it where the other starts (程序 in 排程|序列, 积分 in 累积|分布). A single word crossing one
// edge (累积分 = 累积|分 or 累|积分) is ambiguous: the glossary's term is given the benefit of the doubt.
internal sealed class ChineseWords(TermBase glossary, TermBase? dictionary)
{
    // Longer than any word a reader would take a term to be part of; bounds the substrings probed per occurrence.
    private const int MaxWord = 8;

    /// <summary>
    /// Why the occurrence of <paramref name="length"/> characters at <paramref name="start"/> is part of a longer word
    /// ("inside 排程|序列"), or <see langword="null"/> when it is a word of the text.
    /// </summary>
    public string? InsideLongerWord(string text, int start, int length, IReadOnlyList<string>? glosses = null)
    {
        var end = start + length;
        for (var a = Math.Max(0, start - MaxWord + length); a <= start; a++)
        {
            for (var b = Math.Min(text.Length, a + MaxWord); b >= end; b--)
            {
                if (b - a > length && IsWord(text, a, b) && !Compositional(text[a..b], glosses))
                {
                    return $"inside {text[a..b]}";
                }
            }
        }

        for (var k = start + 1; k < end; k++)
        {
            var left = Crossing(text, k, leftward: true, start);
            var right = Crossing(text, k, leftward: false, end);
            if (left is { } l && right is { } r)
            {
                return $"inside {text[l..k]}|{text[k..r]}";
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="form"/> as two or more known words, longest first from the left (社区扩散 = 社区|扩散), or
    /// <see langword="null"/> when it is not made of known words.
    /// </summary>
    public IReadOnlyList<string>? Parts(string form) => _parts.GetOrAdd(form, SplitIntoWords);

    // A glossary's forms are few and asked for at every unit that lacks them: split once each.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>?> _parts = new(StringComparer.Ordinal);

    private IReadOnlyList<string>? SplitIntoWords(string form)
    {
        var parts = new List<string>();
        for (var at = 0; at < form.Length;)
        {
            var end = Math.Min(form.Length, at + MaxWord);
            while (end > at + 1 && !(end - at < form.Length && IsWord(form, at, end)))
            {
                end--;
            }

            if (end - at == 1 && !IsWord(form, at, end))
            {
                return null;
            }

            parts.Add(form[at..end]);
            at = end;
        }

        return parts.Count > 1 ? parts : null;
    }

    // A known word ending at k that starts before the occurrence (leftward), or starting at k that ends after it.
    private int? Crossing(string text, int k, bool leftward, int edge)
    {
        if (leftward)
        {
            for (var a = Math.Max(0, k - MaxWord); a < edge; a++)
            {
                if (IsWord(text, a, k))
                {
                    return a;
                }
            }
        }
        else
        {
            for (var b = Math.Min(text.Length, k + MaxWord); b > edge; b--)
            {
                if (IsWord(text, k, b))
                {
                    return b;
                }
            }
        }

        return null;
    }

    // A longer word whose English says the term's English and more (武汉市 "Wuhan city" for 武汉 "Wuhan", 呼吸道
    // "respiratory tract" for 呼吸 "respiratory"; 自我隔离 "to self-isolate" for 隔离 "isolation", one word family)
    // holds the term as a word of it; one whose English does not (程序员 "programmer" for 程序 "program") is another
    // word. Judged on the glosses the glossary and the dictionary give.
    private bool Compositional(string word, IReadOnlyList<string>? glosses)
    {
        if (glosses is null || glosses.Count == 0)
        {
            return false;
        }

        var wanted = glosses.Select(g => Analyzers.EnglishStems(g)).Where(s => s.Count > 0).ToList();
        var entries = glossary.FindAll(word).Concat(dictionary?.FindAll(word) ?? []);
        return entries.SelectMany(e => e.Glosses)
            .Select(g => Analyzers.EnglishStems(g))
            .Any(stems => wanted.Any(w => w.All(x => stems.Any(s => Derivation.Related(x, s)))));
    }

    private bool IsWord(string text, int start, int end)
    {
        var word = text[start..end];
        return glossary.Find(word) is not null || dictionary?.Find(word) is not null;
    }
}
