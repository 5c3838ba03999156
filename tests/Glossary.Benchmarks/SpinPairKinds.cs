namespace Glossary.Benchmarks;

/// <summary>
/// The kind of a learned substitution (the spin table's kind column), decided in this order:
/// <list type="bullet">
/// <item><c>boundary</c>: the spinner replaced a word that straddles two words of the original (有数字 read as 有数+字
/// gives 稀有字; 好处理 read as 好处+理 gives 益处理). Taken as: jieba splits the original into several words, the
/// spun form does not split into words of the same lengths (as neighbours replaced one by one would), and a
/// dictionary word of two or more characters, shorter than the original, crosses one of those word boundaries and covers part
/// of what changed (the characters between the common prefix and suffix of the two forms). The spun form must not
/// be a dictionary word itself.</item>
/// <item><c>non-word</c>: the spun form has two or more characters and is not a word of jieba's dictionary
/// (设置装备摆设, 可以或许).</item>
/// <item><c>inversion</c>: same length, exactly one character differs, and the two differ by a pair of opposite
/// characters (无效←有效, 输入←输出, 动态←静态).</item>
/// <item><c>real word</c>: anything else (应用←使用, 当前←以后, 已经←曾经: real words of another meaning, not
/// opposites).</item>
/// </list>
/// </summary>
internal static class SpinPairKinds
{
    // Pairs of characters of opposite meaning, either way round. Left out on purpose: 便/方 (不便←方便 is an inversion,
    // but through 不, not through a 便/方 swap: 便 and 方 are not opposites, so a one-character rule would mislabel
    // 方面/便面-like pairs); 是/非 and 对/错 (as single characters they are mostly copula and preposition, not
    // "right/wrong").
    private static readonly (char, char)[] Opposites =
    [
        ('有', '无'), ('内', '外'), ('里', '外'), ('出', '入'), ('动', '静'), ('前', '后'), ('上', '下'), ('左', '右'),
        ('大', '小'), ('多', '少'), ('高', '低'), ('长', '短'), ('开', '关'), ('增', '减'), ('加', '减'), ('正', '反'),
        ('黑', '白'), ('红', '白'), ('得', '失'), ('优', '劣'), ('主', '次'), ('先', '后'), ('早', '晚'), ('新', '旧'),
        ('真', '假'), ('胜', '负'), ('成', '败'), ('好', '坏'), ('输', '赢'), ('难', '易'), ('强', '弱'),
    ];

    public static string Of(string spun, string original, JiebaWords words)
    {
        if (IsBoundary(spun, original, words))
        {
            return "boundary";
        }

        if (spun.Length >= 2 && !words.IsWord(spun))
        {
            return "non-word";
        }

        return IsInversion(spun, original) ? "inversion" : "real word";
    }

    private static bool IsInversion(string spun, string original)
    {
        if (spun.Length != original.Length)
        {
            return false;
        }

        var differing = Enumerable.Range(0, spun.Length).Where(i => spun[i] != original[i]).ToList();
        return differing.Count == 1
            && Opposites.Any(p => (p.Item1, p.Item2) == (spun[differing[0]], original[differing[0]]) || (p.Item2, p.Item1) == (spun[differing[0]], original[differing[0]]));
    }

    private static bool IsBoundary(string spun, string original, JiebaWords words)
    {
        if (words.IsWord(spun))
        {
            return false;
        }

        // Neighbouring words replaced one by one (须要应用←需要使用, merged into one span) segment alike on both sides;
        // a replacement across a boundary shifts it (稀有|字 against 有|数字).
        var tokens = words.Segment(original);
        if (tokens.Count < 2 || words.Segment(spun).Select(t => t.End - t.Start).SequenceEqual(tokens.Select(t => t.End - t.Start)))
        {
            return false;
        }

        var prefix = 0;
        while (prefix < Math.Min(spun.Length, original.Length) && spun[prefix] == original[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < Math.Min(spun.Length, original.Length) - prefix && spun[^(suffix + 1)] == original[^(suffix + 1)])
        {
            suffix++;
        }

        var (changedStart, changedEnd) = (prefix, Math.Max(prefix + 1, original.Length - suffix));
        var inner = tokens.Skip(1).Select(t => t.Start).ToList();
        for (var start = 0; start < original.Length; start++)
        {
            for (var end = start + 2; end <= original.Length; end++)
            {
                if (end - start < original.Length && start < changedEnd && end > changedStart && inner.Any(b => start < b && b < end)
                    && words.IsWord(original[start..end]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
