using JiebaNet.Segmenter;

namespace Glossary.Benchmarks;

/// <summary>
/// Word boundaries and word membership from jieba.NET: its segmentation (with the HMM, as align.py's jieba.cut) and the
/// words of its dict.txt, both read from the Resources folder the project copies beside the program.
/// </summary>
internal sealed class JiebaWords
{
    private readonly JiebaSegmenter _segmenter;
    private readonly HashSet<string> _words;

    public JiebaWords()
    {
        // jieba.NET looks for its dictionaries in ConfigManager.ConfigFileBaseDir (default "Resources", relative to
        // the working directory, which is the repository root here).
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        _segmenter = new JiebaSegmenter();
        _words = File.ReadLines(Path.Combine(ConfigManager.ConfigFileBaseDir, "dict.txt"))
            .Select(l => l.Split(' ')[0])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether a form is a word of jieba's dictionary.</summary>
    public bool IsWord(string form) => _words.Contains(form);

    /// <summary>The words of a text as [start, end) spans, covering it.</summary>
    public List<(int Start, int End)> Segment(string text)
    {
        var spans = new List<(int, int)>();
        var at = 0;
        foreach (var token in _segmenter.Cut(text, cutAll: false, hmm: true))
        {
            spans.Add((at, at + token.Length));
            at += token.Length;
        }

        return spans;
    }
}
