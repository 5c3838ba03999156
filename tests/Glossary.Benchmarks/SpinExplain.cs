using System.Globalization;
using Glossary.Spin;

namespace Glossary.Benchmarks;

/// <summary>`spin-explain FILE…`: every candidate substitution of the shipped table in each file, with its numbers.</summary>
public static class SpinExplain
{
    public static int Run(string[] files)
    {
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var report = SpinTable.Bundled.Analyze(text);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {file}: {text.Length} chars, {report.Verdict}, score {report.Score}"));
            foreach (var c in SpinTable.Bundled.Candidates(text))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Offset,5} {c.Spun}→{c.Original} pref {c.Preference:F1} margin {c.Margin:F1} weight {c.Weight:F1}{(c.Indicator ? " INDICATOR" : "")}{(c.Unlikely ? " unlikely" : "")}{(c.Restores ? " restores" : "")}"));
            }
        }

        return 0;
    }
}
