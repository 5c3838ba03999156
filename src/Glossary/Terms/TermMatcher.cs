using System.Buffers;

namespace Glossary.Terms;

// An Aho–Corasick automaton over UTF-16 code units, flattened into arrays after construction: the root's
// transitions are a direct 64K table (CJK text fans out widely there), every other node's children are a sorted
// slice searched by binary search. Matching is one pass over the text, whatever the number of patterns; the
// leftmost-longest rule is then applied to the longest match found at each start.
internal sealed class TermMatcher
{
    private readonly int[] _rootNext = new int[char.MaxValue + 1];
    private readonly int[] _childStart;
    private readonly char[] _labels;
    private readonly int[] _targets;
    private readonly int[] _fail;
    private readonly int[] _output; // nearest node on the failure chain (itself included) that ends a pattern, or -1
    private readonly int[] _pattern; // the pattern a node ends, or -1
    private readonly int[] _depth;

    /// <summary>Builds the automaton; a pattern listed twice keeps its first index, empty patterns are ignored.</summary>
    public TermMatcher(IReadOnlyList<string> patterns)
    {
        var edges = new Dictionary<long, int>();
        var depth = new List<int> { 0 };
        var pattern = new List<int> { -1 };
        for (var p = 0; p < patterns.Count; p++)
        {
            var node = 0;
            foreach (var c in patterns[p])
            {
                var key = ((long)node << 16) | c;
                if (!edges.TryGetValue(key, out var next))
                {
                    next = depth.Count;
                    depth.Add(depth[node] + 1);
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

        var count = depth.Count;
        _depth = [.. depth];
        _pattern = [.. pattern];
        (_childStart, _labels, _targets) = Flatten(edges, count);
        for (var i = _childStart[0]; i < _childStart[1]; i++)
        {
            _rootNext[_labels[i]] = _targets[i];
        }

        _fail = new int[count];
        _output = new int[count];
        Link();
    }

    /// <summary>
    /// The non-overlapping matches of <paramref name="text"/>, left to right; where several patterns start at the
    /// same place the longest wins, and a match hides any other that overlaps it.
    /// </summary>
    public List<(int Start, int Length, int Pattern)> FindLongest(ReadOnlySpan<char> text)
    {
        var matches = new List<(int, int, int)>();
        if (text.IsEmpty)
        {
            return matches;
        }

        var longest = ArrayPool<int>.Shared.Rent(text.Length);
        try
        {
            Array.Clear(longest, 0, text.Length);
            var state = 0;
            for (var end = 0; end < text.Length; end++)
            {
                state = Step(state, text[end]);
                for (var node = _output[state]; node >= 0; node = _output[_fail[node]])
                {
                    var start = end - _depth[node] + 1;
                    if (_depth[node] > _depth[longest[start]])
                    {
                        longest[start] = node;
                    }
                }
            }

            for (var i = 0; i < text.Length;)
            {
                var node = longest[i];
                if (node == 0)
                {
                    i++;
                    continue;
                }

                matches.Add((i, _depth[node], _pattern[node]));
                i += _depth[node];
            }

            return matches;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(longest);
        }
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (state == 0)
            {
                return _rootNext[c];
            }

            var lo = _childStart[state];
            var hi = _childStart[state + 1] - 1;
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

            state = _fail[state];
        }
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

    // Breadth first, so a node's failure link is set before its children need it in Step().
    private void Link()
    {
        _output[0] = -1;
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.TryDequeue(out var node))
        {
            for (var i = _childStart[node]; i < _childStart[node + 1]; i++)
            {
                var child = _targets[i];
                _fail[child] = node == 0 ? 0 : Step(_fail[node], _labels[i]);
                _output[child] = _pattern[child] >= 0 ? child : _output[_fail[child]];
                queue.Enqueue(child);
            }
        }
    }
}
