using System.Reflection;
using System.Text;
using Glossary.IO;

namespace Glossary.Spin;

/// <summary>
/// How likely a stretch of Chinese is as written: the probability of its best segmentation into words under a
/// model of clean text — word frequencies from jieba's dictionary (349,046 words counted over a large clean corpus)
/// and, where the model has them (WordModel.Pairs.cs), the company words keep: how often one word follows another in
/// technical Chinese. A spinner's output is unlikely (设置装备摆设 is three rare words where 配置 is one common one;
/// 操作体系 is two words where 操作系统 is one; 经过命令 is two common words that seldom meet, where 通过命令 is a common
/// phrase), so comparing a stretch as written with the same stretch restored says whether the context makes the
/// original more likely.
/// </summary>
/// <remarks>
/// Loaded once, on first use; immutable and thread-safe. The words live in one character array with an
/// open-addressing hash table of offsets over it: about 5 MB and no object per word, so that an index writer under a
/// tight heap limit can afford it.
/// </remarks>
internal sealed partial class WordModel
{
    // Words longer than this hardly ever decide between two readings of a short window, and the cap bounds the work
    // per position of the segmentation.
    private const int LongestWord = 8;

    // Words counted fewer times than this (212,499 of jieba's 349,046, together 1 % of its counts) hardly move a
    // window's best segmentation; leaving them out makes the model load in a third of the time and memory.
    private const long MinimumCount = 5;

    // The prepared form's first four bytes: "GWM" and a version, raised whenever the layout or the constants above change.
    private const int Stamp = 0x024d5747;

    private const string ResourceName = "Glossary.Spin.words.prepared";

    // FNV-1a over the UTF-16 code units: cheap, and spreads the short CJK strings of a dictionary well.
    private const uint FnvOffset = 2166136261u;
    private const uint FnvPrime = 16777619u;

    private char[] _characters;                          // every word, one after another
    private int[] _starts;                               // word i is _characters[_starts[i].._starts[i + 1]]
    private float[] _logProbabilities;
    private readonly int[] _slots;                       // open addressing: word index + 1, or 0 for an empty slot
    private readonly byte[] _longestFrom;                // the longest word starting with a character
    private readonly float _unknown;
    private int _count;

    /// <param name="words">The words and their counts, streamed (the list is never held whole).</param>
    /// <param name="pairs">How often each word followed another in clean text (<see cref="ParsePairs"/>); none for a model of words alone.</param>
    /// <param name="capacity">At least the number of words: sizes the hash table (kept at most half full).</param>
    internal WordModel(IEnumerable<(string Word, long Count)> words, IEnumerable<(string First, string Second, long Count)>? pairs = null, int capacity = 1 << 18)
    {
        (_characters, _starts, _logProbabilities) = (new char[1 << 19], new int[1 << 17], new float[1 << 17]);
        _longestFrom = new byte[char.MaxValue + 1];
        _slots = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2))];
        double total = 0;
        var at = 0;
        foreach (var (word, frequency) in words)
        {
            if (frequency < MinimumCount || word.Length is 0 or > LongestWord || Find(word) >= 0 || _count * 2 >= _slots.Length)
            {
                continue; // a word listed twice keeps its first count
            }

            if (at + word.Length > _characters.Length)
            {
                Array.Resize(ref _characters, _characters.Length * 2);
            }

            if (_count + 2 > _starts.Length)
            {
                Array.Resize(ref _starts, _starts.Length * 2);
                Array.Resize(ref _logProbabilities, _logProbabilities.Length * 2);
            }

            word.CopyTo(_characters.AsSpan(at));
            _starts[_count] = at;
            _starts[_count + 1] = at + word.Length;
            _logProbabilities[_count] = (float)Math.Log(frequency); // made a probability once the total is known
            _longestFrom[word[0]] = Math.Max(_longestFrom[word[0]], (byte)word.Length);
            var slot = Hash(word) & (_slots.Length - 1);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = _count + 1;
            at += word.Length;
            total += frequency;
            _count++;
        }

        var logTotal = (float)Math.Log(Math.Max(total, 1));
        for (var i = 0; i < _count; i++)
        {
            _logProbabilities[i] -= logTotal;
        }

        // A character the dictionary lacks costs what half an occurrence would: less likely than any word.
        _unknown = (float)Math.Log(0.5) - logTotal;
        (_contextWeights, _pairStarts, _pairSeconds, _pairValues, _endOfRun) = pairs is null ? ([], [], [], [], 0f) : Pairs(pairs);
    }

    private WordModel(char[] characters, int[] starts, float[] logProbabilities, int[] slots, byte[] longestFrom, float unknown, int count,
        float[] contextWeights, int[] pairStarts, int[] pairSeconds, float[] pairValues, float endOfRun)
    {
        (_characters, _starts, _logProbabilities, _slots, _longestFrom, _unknown, _count) =
            (characters, starts, logProbabilities, slots, longestFrom, unknown, count);
        (_contextWeights, _pairStarts, _pairSeconds, _pairValues, _endOfRun) = (contextWeights, pairStarts, pairSeconds, pairValues, endOfRun);
    }

    /// <summary>The model built from jieba's dictionary, embedded in the library.</summary>
    public static WordModel Bundled => BundledHolder.Model;

    /// <summary>
    /// The natural log of the probability of the best segmentation of <paramref name="text"/> (Han characters only:
    /// the caller cuts windows at punctuation and Latin text) by word frequencies alone.
    /// </summary>
    public float Score(ReadOnlySpan<char> text) => Best(text, []);

    /// <summary>The words of the best segmentation of <paramref name="text"/> by word frequencies alone (for counting word pairs).</summary>
    public IReadOnlyList<string> Segment(ReadOnlySpan<char> text)
    {
        var from = new int[text.Length + 1];
        Best(text, from);
        var words = new List<string>();
        for (var end = text.Length; end > 0; end = from[end])
        {
            words.Add(text[from[end]..end].ToString());
        }

        words.Reverse();
        return words;
    }

    // The best segmentation's log probability; with room in from, where the last word ending at each position starts.
    private float Best(ReadOnlySpan<char> text, Span<int> from)
    {
        Span<float> best = text.Length < 256 ? stackalloc float[text.Length + 1] : new float[text.Length + 1];
        best[1..].Fill(float.NegativeInfinity);
        for (var i = 0; i < text.Length; i++)
        {
            var here = best[i];
            var longest = Math.Min(Math.Max(1, (int)_longestFrom[text[i]]), text.Length - i);
            var hash = FnvOffset;
            for (var length = 1; length <= longest; length++)
            {
                // The hash of the word starting at i grows by a character at a time instead of being computed afresh
                // for every length: the segmentation is most of a spun form's verification in a look-up.
                hash = (hash ^ text[i + length - 1]) * FnvPrime;
                var word = Find(text.Slice(i, length), (int)(hash & 0x7fffffff));
                var score = here + (word >= 0 ? _logProbabilities[word] : _unknown);
                if ((word >= 0 || length == 1) && score > best[i + length])
                {
                    best[i + length] = score;
                    if (!from.IsEmpty)
                    {
                        from[i + length] = i;
                    }
                }
            }
        }

        return best[text.Length];
    }

    private int Find(ReadOnlySpan<char> word) => Find(word, Hash(word));

    private int Find(ReadOnlySpan<char> word, int hash)
    {
        for (var slot = hash & (_slots.Length - 1); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
        {
            var index = _slots[slot] - 1;
            if (_characters.AsSpan(_starts[index], _starts[index + 1] - _starts[index]).SequenceEqual(word))
            {
                return index;
            }
        }

        return -1;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return (int)(hash & 0x7fffffff);
    }

    /// <summary>Reads jieba's dictionary format: one word per line, its count, and a part of speech.</summary>
    internal static IEnumerable<(string Word, long Count)> Parse(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var first = line.IndexOf(' ', StringComparison.Ordinal);
            var second = first < 0 ? -1 : line.IndexOf(' ', first + 1);
            var number = first < 0 ? ReadOnlySpan<char>.Empty : second < 0 ? line.AsSpan(first + 1) : line.AsSpan(first + 1, second - first - 1);
            if (first > 0 && long.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                yield return (line[..first], count);
            }
        }
    }

    /// <summary>
    /// Writes the model as it lies in memory (a stamp, the counts, then each array), for <see cref="Read"/>. The
    /// build writes the bundled model so (src/Glossary.Spin.Prepare): reading 349,046 lines of text at every start
    /// cost more than the rest of a `glossary annotate`.
    /// </summary>
    internal void Write(Stream output)
    {
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        PreparedBlocks.Write<int>(writer, [Stamp, _count, _starts[_count], _slots.Length]);
        PreparedBlocks.Write<float>(writer, [_unknown]);
        PreparedBlocks.Write<char>(writer, _characters.AsSpan(0, _starts[_count]));
        PreparedBlocks.Write<int>(writer, _starts.AsSpan(0, _count + 1));
        PreparedBlocks.Write<float>(writer, _logProbabilities.AsSpan(0, _count));
        PreparedBlocks.Write<int>(writer, _slots);
        PreparedBlocks.Write<byte>(writer, _longestFrom);
        PreparedBlocks.Write<int>(writer, [_contextWeights.Length, _pairSeconds.Length]);
        PreparedBlocks.Write<float>(writer, [_endOfRun]);
        PreparedBlocks.Write<float>(writer, _contextWeights);
        PreparedBlocks.Write<int>(writer, _pairStarts);
        PreparedBlocks.Write<int>(writer, _pairSeconds);
        PreparedBlocks.Write<float>(writer, _pairValues);
    }

    /// <summary>Reads a model <see cref="Write"/> wrote: block copies, nothing parsed.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole model of this version.</exception>
    internal static WordModel Read(ReadOnlySpan<byte> data)
    {
        var position = 0;
        Span<int> header = stackalloc int[4];
        Span<float> unknown = stackalloc float[1];
        PreparedBlocks.Read(data, ref position, header);
        if (header[0] != Stamp || header[1] < 0 || header[2] < 0 || header[3] <= 0 || (header[3] & (header[3] - 1)) != 0)
        {
            throw new InvalidDataException("Not a prepared word model of this version.");
        }

        PreparedBlocks.Read(data, ref position, unknown);
        var (count, characters, starts, logProbabilities, slots, longestFrom) =
            (header[1], new char[header[2]], new int[header[1] + 1], new float[header[1]], new int[header[3]], new byte[char.MaxValue + 1]);
        PreparedBlocks.Read<char>(data, ref position, characters);
        PreparedBlocks.Read<int>(data, ref position, starts);
        PreparedBlocks.Read<float>(data, ref position, logProbabilities);
        PreparedBlocks.Read<int>(data, ref position, slots);
        PreparedBlocks.Read<byte>(data, ref position, longestFrom);
        Span<int> sizes = stackalloc int[2];
        Span<float> endOfRun = stackalloc float[1];
        PreparedBlocks.Read(data, ref position, sizes);
        var (weights, pairs) = (sizes[0], sizes[1]);
        if ((weights != 0 && weights != count + 1) || pairs < 0 || (weights == 0) != (pairs == 0))
        {
            throw new InvalidDataException("Not a prepared word model of this version.");
        }

        PreparedBlocks.Read(data, ref position, endOfRun);
        var (contextWeights, pairStarts, pairSeconds, pairValues) = (new float[weights], new int[weights == 0 ? 0 : weights + 1], new int[pairs], new float[pairs]);
        PreparedBlocks.Read<float>(data, ref position, contextWeights);
        PreparedBlocks.Read<int>(data, ref position, pairStarts);
        PreparedBlocks.Read<int>(data, ref position, pairSeconds);
        PreparedBlocks.Read<float>(data, ref position, pairValues);
        if (pairStarts.Length > 0 && (pairStarts[0] != 0 || pairStarts[^1] != pairs))
        {
            throw new InvalidDataException("A prepared word model whose word pairs do not add up.");
        }

        if (position != data.Length)
        {
            throw new InvalidDataException("A prepared word model with data after its end.");
        }

        return new WordModel(characters, starts, logProbabilities, slots, longestFrom, unknown[0], count, contextWeights, pairStarts, pairSeconds,
            pairValues, endOfRun[0]);
    }

    private static class BundledHolder
    {
        public static readonly WordModel Model = Read();

        private static WordModel Read()
        {
            var data = ResourceMemory.Of(Assembly.GetExecutingAssembly(), ResourceName);
            return WordModel.Read(data.Span);
        }
    }
}
