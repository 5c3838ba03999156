namespace Glossary.Terms;

// A trie over UTF-16 code units, flattened into arrays after construction: the root's transitions are a direct 64K
// table (CJK text fans out widely there), every other node's children are a sorted slice searched by binary search.
// Leftmost-longest matching walks the trie from the current position as far as the text allows, keeps the deepest
// node that ends a pattern, and jumps past that match (or one code unit on). That gives the same matches as an
// Aho–Corasick automaton followed by a leftmost-longest pass, without failure links or output chains: a dictionary
// of 125,000 words has several words ending at almost every character, and walking those chains cost more than the
// few extra steps a walk from each start takes (words are short).
internal sealed class TermMatcher
{
    private readonly int[] _rootNext = new int[char.MaxValue + 1];
    private readonly int[] _childStart;
    private readonly char[] _labels;
    private readonly int[] _targets;
    private readonly int[] _pattern; // the pattern a node ends, or -1

    /// <summary>Builds the trie; a pattern listed twice keeps its first index, empty patterns are ignored.</summary>
    public TermMatcher(IReadOnlyList<string> patterns)
    {
        var edges = new Dictionary<long, int>();
        var pattern = new List<int> { -1 };
        for (var p = 0; p < patterns.Count; p++)
        {
            var node = 0;
            foreach (var c in patterns[p])
            {
                var key = ((long)node << 16) | c;
                if (!edges.TryGetValue(key, out var next))
                {
                    next = pattern.Count;
                    pattern.Add(-1);
                    edges.Add(key, next);
                }

                node = next;
            }

            if (node != 0 && pattern[node] < 0)
            {
                pattern[node] = p;
            }
        }

        _pattern = [.. pattern];
        (_childStart, _labels, _targets) = Flatten(edges, _pattern.Length);
        FillRoot();
    }

    /// <summary>
    /// A trie flattened before (at build time, see <c>Formats/PreparedGlossary</c>): the arrays a trie built from the
    /// same patterns in the same order has, taken as they are.
    /// </summary>
    public TermMatcher(int[] childStart, char[] labels, int[] targets, int[] pattern)
    {
        _childStart = childStart;
        _labels = labels;
        _targets = targets;
        _pattern = pattern;
        FillRoot();
    }

    /// <summary>Per node, where its children start in <see cref="Labels"/> and <see cref="Targets"/> (one more than the nodes).</summary>
    public ReadOnlySpan<int> ChildStart => _childStart;

    /// <summary>The code unit of each edge, sorted within each node's slice.</summary>
    public ReadOnlySpan<char> Labels => _labels;

    /// <summary>The node each edge leads to.</summary>
    public ReadOnlySpan<int> Targets => _targets;

    /// <summary>Per node, the pattern it ends, or -1.</summary>
    public ReadOnlySpan<int> Patterns => _pattern;

    private void FillRoot()
    {
        for (var i = _childStart[0]; i < _childStart[1]; i++)
        {
            _rootNext[_labels[i]] = _targets[i];
        }
    }

    /// <summary>
    /// The non-overlapping matches of <paramref name="text"/>, left to right; where several patterns start at the
    /// same place the longest wins, and a match hides any other that overlaps it.
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="matches">Receives the matches, appended in order.</param>
    public void FindLongest(ReadOnlySpan<char> text, List<(int Start, int Length, int Pattern)> matches)
    {
        var i = 0;
        while (i < text.Length)
        {
            var node = _rootNext[text[i]];
            var best = -1;
            var bestLength = 0;
            for (var j = i + 1; node != 0; j++)
            {
                if (_pattern[node] >= 0)
                {
                    best = _pattern[node];
                    bestLength = j - i;
                }

                if (j == text.Length)
                {
                    break;
                }

                node = Child(node, text[j]);
            }

            if (best < 0)
            {
                i++;
                continue;
            }

            matches.Add((i, bestLength, best));
            i += bestLength;
        }
    }

    /// <summary>
    /// Every match of <paramref name="text"/>, overlapping ones included: at each start, every pattern that starts
    /// there, shortest first. The reading view counts each entry's occurrences from these as a look-up does.
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="matches">Receives the matches, appended in order of start, then length.</param>
    public void FindEvery(ReadOnlySpan<char> text, List<(int Start, int Length, int Pattern)> matches)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var node = _rootNext[text[i]];
            for (var j = i + 1; node != 0; j++)
            {
                if (_pattern[node] >= 0)
                {
                    matches.Add((i, j - i, _pattern[node]));
                }

                if (j == text.Length)
                {
                    break;
                }

                node = Child(node, text[j]);
            }
        }
    }

    // The child of a non-root node by label, or 0 (the root) when there is none.
    private int Child(int node, char c)
    {
        var lo = _childStart[node];
        var hi = _childStart[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var label = _labels[mid];
            if (label == c)
            {
                return _targets[mid];
            }

            if (label < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return 0;
    }

    private static (int[] Start, char[] Labels, int[] Targets) Flatten(Dictionary<long, int> edges, int count)
    {
        var keys = edges.Keys.ToArray();
        Array.Sort(keys); // by parent node, then by label
        var start = new int[count + 1];
        var labels = new char[keys.Length];
        var targets = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            start[(int)(keys[i] >> 16) + 1]++;
            labels[i] = (char)(keys[i] & 0xFFFF);
            targets[i] = edges[keys[i]];
        }

        for (var node = 0; node < count; node++)
        {
            start[node + 1] += start[node];
        }

        return (start, labels, targets);
    }
}
