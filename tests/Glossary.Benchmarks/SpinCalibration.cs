using System.Globalization;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// Calibrates the spin verdict: the fingerprint density and the verdicts of <see cref="SpinTable.Bundled"/> on the
/// bundled article (spun), on the clean test fixtures, and on the clean real corpus (fetch-corpus.sh), with every
/// fingerprint found in clean text listed so that a false one can be taken out of the table.
/// </summary>
public static class SpinCalibration
{
    public static int Run(string fixtures)
    {
        Console.WriteLine("== Spin calibration (SpinTable.Bundled) ==");
        Console.WriteLine($"{"corpus",-22} {"docs",6} {"chars",11} {"Han",11} {"hits",6} {"per 1,000",10} {"spun",5} {"unsure",7} {"clean",6} {"max score",10}");
        Report("article", [SampleCorpus.Article]);
        Report("article paragraphs", SampleCorpus.Article.Split('\n').Where(p => p.Trim().Length >= 100).ToList());
        Report("clean fixtures", Directory.GetFiles(fixtures, "*.txt").Select(File.ReadAllText).ToList());
        if (Corpora.RealIsPresent)
        {
            Report("Debian zh docs", Directory.GetFiles(Corpora.RealFolder, "*.txt").Select(File.ReadAllText).ToList());
        }
        else
        {
            Console.WriteLine($"(the real corpus is not in {Corpora.RealFolder}: run tests/Glossary.Benchmarks/fetch-corpus.sh)");
        }

        return 0;
    }

    private static void Report(string name, List<string> texts)
    {
        var reports = texts.Select(t => SpinTable.Bundled.Analyze(t)).ToList();
        var characters = texts.Sum(t => (long)t.Length);
        var han = texts.Sum(t => (long)Han.Count(t));
        var hits = reports.Sum(r => r.Evidence.Sum(e => e.Count));
        string Count(SpinVerdict verdict) => reports.Count(r => r.Verdict == verdict).ToString(CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {texts.Count,6:N0} {characters,11:N0} {han,11:N0} {hits,6:N0} {hits * 1000.0 / Math.Max(1, characters),10:F2} {Count(SpinVerdict.Spun),5} {Count(SpinVerdict.Unsure),7} {Count(SpinVerdict.Clean),6} {reports.Max(r => r.Score),10:F2}"));
        if (name != "article" && !name.StartsWith("article", StringComparison.Ordinal))
        {
            foreach (var (report, text) in reports.Zip(texts).Where(p => p.First.Evidence.Count > 0))
            {
                foreach (var s in report.Substitutions)
                {
                    Console.WriteLine($"    fingerprint in clean text: {s.Spun} in “{text[Math.Max(0, s.Offset - 8)..Math.Min(text.Length, s.Offset + s.Length + 8)].ReplaceLineEndings(" ")}”");
                }
            }
        }
    }
}
