using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Glossary.Spin;
using Glossary.Testing;

namespace Glossary.Tests.Properties;

// Spin a clean text with the table (each chosen original replaced by its spun form), restore it, and the clean text
// comes back, wherever the table's pairs are unambiguous: restorable (not medium, no context rules), one original
// each, and chained pairs included (能够 → 可以或许 must come back as 能够, never go on to 可以; 正在 → 正正在 as 正在).
public sealed class SpinProperties
{
    private static readonly string[] Pairs = File.ReadAllLines(Repository.PathOf("src", "Glossary", "Spin", "spin-pairs.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("spun\t", StringComparison.Ordinal))
        .Select(l => l.Split('\t'))
        .Where(c => c[3] != "medium" && !c[1].Contains('/', StringComparison.Ordinal) && !(c.Length > 6 && c[6].Contains(':', StringComparison.Ordinal)))
        .Select(c => c[0] + "\t" + c[1])
        .ToArray();

    private static readonly string[] Fingerprints = File.ReadAllLines(Repository.PathOf("src", "Glossary", "Spin", "spin-pairs.tsv"))
        .Select(l => l.Split('\t'))
        .Where(c => c.Length > 6 && c[6].Split(' ').Contains("fingerprint") && !c[6].Contains(':', StringComparison.Ordinal))
        .Select(c => c[0] + "\t" + c[1])
        .ToArray();

    // Clean words to put between the originals: two-character pieces of clean prose that hold no spun form.
    private static readonly string[] Filler = [.. File.ReadAllText(Repository.PathOf("tests", "Glossary.Tests", "Fixtures", "CleanProse", "narrative-luxun-zhufu.txt"))
        .Where(c => c is >= '\u4e00' and <= '\u9fff')
        .Chunk(2)
        .Select(c => new string(c))
        .Where(w => SpinTable.Bundled.Analyze($"正正在，可以或许，{w}，体系体例").Substitutions.Count == 3) // nothing to restore in w, even in spun text
        .Distinct()
        .Take(300)];

    [Property(MaxTest = 300)]
    public Property SpinThenRestore_GivesBackTheCleanText() =>
        Prop.ForAll(Tokens().ToArbitrary(), tokens =>
        {
            var clean = string.Join("，", tokens.Select(t => t.Original));
            var spun = string.Join("，", tokens.Select(t => t.Spun));

            var report = SpinTable.Bundled.Analyze(spun);
            var restored = report.Restore();

            return report.Verdict == SpinVerdict.Spun
                && restored.Text == clean
                && restored.Replacements.All(r => spun.Substring(r.Substitution.Offset, r.Substitution.Length) == r.Substitution.Spun);
        });

    // Three fingerprints of at least two forms (so the text is judged spun), then originals and clean words in any order.
    private static Gen<(string Original, string Spun)[]> Tokens() =>
        from fingerprints in Gen.ArrayOf(Gen.Elements(Fingerprints), 3)
        where fingerprints.Distinct().Count() >= 2
        from count in Gen.Choose(1, 40)
        from others in Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pairs), Gen.Elements(Filler).Select(w => w + "\t" + w)), count)
        from order in Gen.Shuffle(fingerprints.Concat(others).ToArray())
        select order.Select(t => t.Split('\t')).Select(t => (t[1], t[0])).ToArray();
}
