using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Glossary.Benchmarks;

/// <summary>
/// Bare SmartCn tokenization of every text file of a folder on one core, in a fresh process: the baseline that
/// tool-index.sh sets `glossary index` of the same folder against (the whole process, every core).
/// </summary>
public static class BareSmartCn
{
    public static int Run(string folder)
    {
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        Tokens(analyzer, "预热：载入词典。"); // SmartCn's dictionaries load once per process: not part of the measurement
        var watch = Stopwatch.StartNew();
        long tokens = 0;
        foreach (var text in texts)
        {
            tokens += Tokens(analyzer, text);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var characters = texts.Sum(t => (long)t.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:F2} {characters} {tokens}"));
        return 0;
    }

    private static long Tokens(SmartChineseAnalyzer analyzer, string text)
    {
        long tokens = 0;
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens += term.Length > 0 ? 1 : 0;
        }

        stream.End();
        return tokens;
    }
}
