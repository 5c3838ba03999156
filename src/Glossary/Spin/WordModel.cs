using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Glossary.Spin;

/// <summary>
/// How likely a stretch of Chinese is as written: the probability of its best segmentation into words under a
/// unigram model of word frequencies in clean text (jieba's dictionary: 349,046 words counted over a large clean
/// corpus). A spinner's output is unlikely (设置装备摆设 is three rare words where 配置 is one common one; 操作体系 is two
/// words where 操作系统 is one), so comparing a stretch as written with the same stretch restored says whether the
/// context makes the original more likely.
/// </summary>
/// <remarks>Loaded once, on first use (about a tenth of a second); immutable and thread-safe.</remarks>
internal sealed class WordModel
{
    // Words longer than this hardly ever decide between two readings of a short window, and the cap bounds the work
    // per position of the segmentation.
    private const int LongestWord = 8;

    private readonly Dictionary<string, float> _logProbabilities;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly byte[] _longestFrom = new byte[char.MaxValue + 1]; // the longest word starting with a character
    private readonly float _unknown;

    internal WordModel(IEnumerable<(string Word, long Count)> words)
    {
        var list = words.Where(w => w.Count > 0 && w.Word.Length <= LongestWord).ToList();
        double total = list.Sum(w => w.Count);
        _logProbabilities = new Dictionary<string, float>(list.Count, StringComparer.Ordinal);
        foreach (var (word, count) in list)
        {
            _logProbabilities[word] = (float)Math.Log(count / total);
            _longestFrom[word[0]] = Math.Max(_longestFrom[word[0]], (byte)word.Length);
        }

        _lookup = _logProbabilities.GetAlternateLookup<ReadOnlySpan<char>>();

        // A character the dictionary lacks costs what half an occurrence would: less likely than any word.
        _unknown = (float)Math.Log(0.5 / total);
        Id = $"jieba-{list.Count}-{total:F0}";
    }

    /// <summary>The model built from jieba's dictionary, embedded in the library.</summary>
    public static WordModel Bundled => BundledHolder.Model;

    /// <summary>Names the word list (its size and total count), so that a spin table's id changes with it.</summary>
    public string Id { get; }

    /// <summary>Whether the dictionary has the stretch as one word.</summary>
    public bool IsWord(ReadOnlySpan<char> text) => _lookup.ContainsKey(text);

    /// <summary>
    /// The natural log of the probability of the best segmentation of <paramref name="text"/> (Han characters only:
    /// the caller cuts windows at punctuation and Latin text).
    /// </summary>
    public float Score(ReadOnlySpan<char> text)
    {
        Span<float> best = stackalloc float[text.Length + 1];
        best[1..].Fill(float.NegativeInfinity);
        for (var i = 0; i < text.Length; i++)
        {
            var here = best[i];
            best[i + 1] = Math.Max(best[i + 1], here + Single(text[i]));
            for (var length = 2; length <= Math.Min(_longestFrom[text[i]], text.Length - i); length++)
            {
                if (_lookup.TryGetValue(text.Slice(i, length), out var logProbability))
                {
                    best[i + length] = Math.Max(best[i + length], here + logProbability);
                }
            }
        }

        return best[text.Length];
    }

    private float Single(char c) => _lookup.TryGetValue(MemoryMarshal.CreateReadOnlySpan(ref c, 1), out var p) ? p : _unknown;

    /// <summary>Reads jieba's dictionary format: one word per line, its count, and a part of speech.</summary>
    internal static IEnumerable<(string Word, long Count)> Parse(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Split(' ');
            if (parts.Length >= 2 && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                yield return (parts[0], count);
            }
        }
    }

    private static class BundledHolder
    {
        public static readonly WordModel Model = Read();

        private static WordModel Read()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Glossary.Spin.words.txt")
                ?? throw new InvalidOperationException("The resource Glossary.Spin.words.txt is missing from the assembly.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return new WordModel(Parse(reader.ReadToEnd()));
        }
    }
}
