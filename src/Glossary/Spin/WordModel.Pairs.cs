using System.Globalization;

namespace Glossary.Spin;

// Word pairs: how often one word followed another in clean technical Chinese (Debian's Simplified Chinese interface
// translations and manuals, counted by tests/Glossary.Benchmarks/word-pairs.sh), so that a word is weighed by the word
// before it. Word frequencies alone cannot tell 经过 from 通过 or 可是 from 但是 (each is a common word); their company
// can (通过命令, 但是如果). The estimate is interpolated absolute discounting: a pair seen c times after a word seen C
// times as a first word gets (c − D) / C, and the mass taken off (D for each distinct follower) goes to every word in
// proportion to its frequency in jieba's dictionary — so a pair never seen in 1.5 million characters is unlikely but
// not impossible, and a word never seen as a first word is weighed by its frequency alone.
internal sealed partial class WordModel
{
    /// <summary>
    /// Names the bundled word pairs for a spin table's identity (SpinTable.Identify): regenerating the pairs file
    /// changes restorations, so the count here changes with it (a test holds it to the bundled model's).
    /// </summary>
    internal const string PairsStamp = "word pairs: 208,816 from Debian bookworm's zh_CN translations and manuals";

    private const double Discount = 0.75;  // D: the usual value for counts of this size (Kneser and Ney; Chen and Goodman)
    private const int NoWord = -2;          // no word before (a text cut out of the middle of a run): frequency alone
    private const string RunStart = "<s>";  // in the pairs file: the word starts a run of Han characters
    private const string RunEnd = "</s>";   // in the pairs file: the word ends one

    // Index _count stands for the start of a run as a first word and for its end as a second word. The pairs are
    // sorted runs, one per first word (compressed sparse rows): 8 bytes a pair, where a hash table kept under two
    // thirds full took 18; a look-up is a binary search in the first word's run, most of them a few entries long.
    private readonly float[] _contextWeights;   // per first word: ln of the mass its discounts left for unseen followers; 0 if never seen
    private readonly int[] _pairStarts;         // first word v's pairs are [_pairStarts[v], _pairStarts[v + 1]); empty without pairs
    private readonly int[] _pairSeconds;        // the second words, ascending within each run
    private readonly float[] _pairValues;       // ln P(second | first) of each seen pair
    private readonly float _endOfRun;           // ln of the share of words that end a run, the frequency of the run's end

    /// <summary>Reads the word-pairs format: '#' comments, then one pair per line, first word, second word, count (tab-separated).</summary>
    internal static IEnumerable<(string First, string Second, long Count)> ParsePairs(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (line.Length > 0 && line[0] != '#' && fields.Length == 3 && long.TryParse(fields[2], CultureInfo.InvariantCulture, out var count) && count > 0)
            {
                yield return (fields[0], fields[1], count);
            }
        }
    }

    /// <summary>Counts the pairs of words in runs of Han characters, each run opened and closed by the run's start and end.</summary>
    internal Dictionary<(string First, string Second), long> CountPairs(IEnumerable<string> texts)
    {
        var counts = new Dictionary<(string, string), long>();
        foreach (var text in texts)
        {
            for (var i = 0; i < text.Length;)
            {
                if (!Text.Han.Is(text[i]))
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < text.Length && Text.Han.Is(text[end]))
                {
                    end++;
                }

                var previous = RunStart;
                foreach (var word in Segment(text.AsSpan(i, end - i)))
                {
                    Add(previous, word);
                    previous = word;
                }

                Add(previous, RunEnd);
                i = end;
            }
        }

        return counts;

        // A character the model lacks has no pairs: the model would not find it when reading them.
        void Add(string first, string second)
        {
            if ((first == RunStart || Find(first) >= 0) && (second == RunEnd || Find(second) >= 0))
            {
                counts[(first, second)] = counts.GetValueOrDefault((first, second)) + 1;
            }
        }
    }

    private (float[] ContextWeights, int[] Starts, int[] Seconds, float[] Values, float EndOfRun) Pairs(
        IEnumerable<(string First, string Second, long Count)> pairs)
    {
        var seen = new Dictionary<(int First, int Second), long>();
        var asFirst = new double[_count + 1];
        var followers = new int[_count + 1];
        double all = 0, ends = 0;
        foreach (var (first, second, count) in pairs)
        {
            var v = first == RunStart ? _count : Find(first);
            var w = second == RunEnd ? _count : Find(second);
            if (v < 0 || w < 0 || !seen.TryAdd((v, w), count))
            {
                continue; // a word the model lacks (too rare for it) has no pairs; a pair listed twice keeps its first count
            }

            asFirst[v] += count;
            followers[v]++;
            all += count;
            ends += w == _count ? count : 0;
        }

        if (seen.Count == 0)
        {
            return ([], [], [], [], 0f);
        }

        var endOfRun = (float)Math.Log(Math.Max(ends, 1) / Math.Max(all, 1));
        var weights = new float[_count + 1];
        var starts = new int[_count + 2];
        for (var v = 0; v <= _count; v++)
        {
            weights[v] = asFirst[v] > 0 ? (float)Math.Log(Discount * followers[v] / asFirst[v]) : 0f;
            starts[v + 1] = starts[v] + followers[v];
        }

        var seconds = new int[seen.Count];
        var values = new float[seen.Count];
        var filled = starts[..^1];
        foreach (var ((v, w), count) in seen.OrderBy(p => p.Key.First).ThenBy(p => p.Key.Second))
        {
            var unigram = w == _count ? endOfRun : _logProbabilities[w];
            var probability = ((count - Discount) / asFirst[v]) + (Math.Exp(weights[v]) * Math.Exp(unigram));
            (seconds[filled[v]], values[filled[v]]) = (w, (float)Math.Log(probability));
            filled[v]++;
        }

        return (weights, starts, seconds, values, endOfRun);
    }

    /// <summary>
    /// How likely the text is, as <see cref="Score(ReadOnlySpan{char})"/> says, with each word weighed by the word
    /// before it as well (where the model has word pairs; by frequencies alone otherwise): <paramref name="startsRun"/>
    /// and <paramref name="endsRun"/> say that the text starts or ends where a run of Han characters does (after
    /// punctuation, say), so its first word is weighed as a run's first and its end as a run's end, rather than as cut
    /// out of the middle of one.
    /// </summary>
    public float Score(ReadOnlySpan<char> text, bool startsRun, bool endsRun)
    {
        if (_pairSeconds.Length == 0)
        {
            return Score(text);
        }

        // best[j * LongestWord + length - 1]: the best score of the text up to j whose last word has that length; the
        // last word is the same for every path to that state (text[j - length..j]), so it is kept beside, not per path.
        var states = (text.Length + 1) * LongestWord;
        Span<float> best = states <= 512 ? stackalloc float[states] : new float[states];
        Span<int> last = states <= 512 ? stackalloc int[states] : new int[states];
        best.Fill(float.NegativeInfinity);
        for (var i = 0; i < text.Length; i++)
        {
            var longest = Math.Min(Math.Max(1, (int)_longestFrom[text[i]]), text.Length - i);
            var hash = FnvOffset;
            for (var length = 1; length <= longest; length++)
            {
                hash = (hash ^ text[i + length - 1]) * FnvPrime;
                var word = Find(text.Slice(i, length), (int)(hash & 0x7fffffff));
                if (word < 0 && length > 1)
                {
                    continue;
                }

                var into = ((i + length) * LongestWord) + length - 1;
                last[into] = word; // -1: a character the dictionary lacks
                if (i == 0)
                {
                    best[into] = LogProbability(startsRun ? _count : NoWord, word);
                    continue;
                }

                for (var previous = 0; previous < LongestWord; previous++)
                {
                    var from = (i * LongestWord) + previous;
                    if (!float.IsNegativeInfinity(best[from]))
                    {
                        best[into] = Math.Max(best[into], best[from] + LogProbability(last[from], word));
                    }
                }
            }
        }

        var score = float.NegativeInfinity;
        for (var length = 0; length < LongestWord; length++)
        {
            var at = (text.Length * LongestWord) + length;
            if (!float.IsNegativeInfinity(best[at]))
            {
                score = Math.Max(score, best[at] + (endsRun ? LogProbability(last[at], _count) : 0));
            }
        }

        return text.IsEmpty ? 0 : score;
    }

    // ln P(word | previous): previous is a word, _count for a run's start, -1 for an unknown character, NoWord for none;
    // word is a word, _count for a run's end, -1 for an unknown character.
    private float LogProbability(int previous, int word)
    {
        var unigram = word == -1 ? _unknown : word == _count ? _endOfRun : _logProbabilities[word];
        if (previous < 0 || _pairSeconds.Length == 0)
        {
            return unigram;
        }

        if (word >= 0)
        {
            var run = _pairSeconds.AsSpan(_pairStarts[previous], _pairStarts[previous + 1] - _pairStarts[previous]);
            var at = run.BinarySearch(word);
            if (at >= 0)
            {
                return _pairValues[_pairStarts[previous] + at];
            }
        }

        return _contextWeights[previous] + unigram;
    }

    /// <summary>How many word pairs the model holds.</summary>
    internal int PairCount => _pairSeconds.Length;
}
