using Glossary.Errors;
using Glossary.Spin;

namespace Glossary.Benchmarks;

/// <summary>
/// Scores a restoration against the originals of aligned pairs. The spun sides are one document (joined by "\n"),
/// analysed and restored as a whole. Precision: the share of replacements whose text equals the original at that
/// place (exact string equality), the place being the replacement's span in the restored sentence mapped into the
/// original through a character alignment of the two. (Mapping the spun span through an alignment of the spun
/// sentence instead smears its edges into neighbouring changes: 东西不克不及 against 工具不能 aligns one 不 of 不克不及
/// with 不, so a right 不克不及→不能 was compared with 工具不能.) Recall: the share of the character edit distance between spun and original that the restoration
/// removed, Σ (d(spun, original) − d(restored, original)) / Σ d(spun, original), sentence by sentence (it goes
/// negative when restoring makes the text further from the original).
/// With <see cref="RestorationKinds"/>, both are also split by kind: precision by the kind of the table's pair that
/// was restored, recall by the kind of the substitution in the pair (as the learner finds and classifies it), the
/// share of those substitutions whose span reads as the original after restoring.
/// </summary>
internal sealed class RestorationScore
{
    public int Sentences { get; private set; }

    public long Characters { get; private set; }

    public int Replacements { get; private set; }

    public int Correct { get; private set; }

    public long DistanceBefore { get; private set; }

    public long DistanceAfter { get; private set; }

    public int SpunVerdicts { get; private set; }

    public int Documents { get; private set; }

    /// <summary>The paragraphs of the analysed documents (<see cref="SpinReport.Paragraphs"/>).</summary>
    public int Paragraphs { get; private set; }

    /// <summary>Of <see cref="Paragraphs"/>, those judged spun.</summary>
    public int SpunParagraphs { get; private set; }

    /// <summary>Each wrong replacement: the spun form, what it was restored to, and what the original has there.</summary>
    public List<(string Spun, string Restored, string Original)> Wrong { get; } = [];

    /// <summary>Per kind of the restored pair (<see cref="RestorationKinds.Labels"/>): replacements and correct ones.</summary>
    public Dictionary<string, (int Replacements, int Correct)> ByRestoredKind { get; } = new(StringComparer.Ordinal);

    /// <summary>Per kind of the substitution in the pairs: how many there are and how many read as the original after restoring.</summary>
    public Dictionary<string, (int Substitutions, int Restored)> BySubstitutionKind { get; } = new(StringComparer.Ordinal);

    /// <summary>Per kind of the substitution in the pairs: how many the table has (its spun form with this original), the bound on their recall.</summary>
    public Dictionary<string, int> InTableByKind { get; } = new(StringComparer.Ordinal);

    public double Precision => Replacements == 0 ? double.NaN : (double)Correct / Replacements;

    public double Recall => DistanceBefore == 0 ? double.NaN : (double)(DistanceBefore - DistanceAfter) / DistanceBefore;

    /// <summary>Restores the pairs' spun sides with the table and adds the result to the score (split by kind when <paramref name="kinds"/> is given).</summary>
    public void Add(SpinTable table, IReadOnlyList<AlignedPair> pairs, RestorationKinds? kinds = null)
    {
        var document = string.Join('\n', pairs.Select(p => p.Spun));
        var report = table.Analyze(document);
        var restored = report.Restore();
        var lines = restored.Text.Split('\n');
        Documents++;
        SpunVerdicts += report.Verdict == SpinVerdict.Spun ? 1 : 0;
        Paragraphs += report.Paragraphs.Count;
        SpunParagraphs += report.Paragraphs.Count(p => p.Verdict == SpinVerdict.Spun);
        Sentences += pairs.Count;
        Characters += document.Length;

        var restoredStarts = new int[pairs.Count];
        var spunStarts = new int[pairs.Count];
        for (var k = 1; k < pairs.Count; k++)
        {
            restoredStarts[k] = restoredStarts[k - 1] + lines[k - 1].Length + 1;
            spunStarts[k] = spunStarts[k - 1] + pairs[k - 1].Spun.Length + 1;
        }

        var alignments = pairs.Select((p, k) => CharacterAlignment.Of(lines[k], p.Original)).ToList();
        foreach (var replacement in restored.Replacements)
        {
            var k = Array.FindLastIndex(restoredStarts, s => s <= replacement.Offset);
            var at = replacement.Offset - restoredStarts[k];
            var (from, to) = (alignments[k].Map(at, left: true), alignments[k].Map(at + replacement.Length, left: false));
            var (expected, actual) = (pairs[k].Original[from..to], restored.Text.Substring(replacement.Offset, replacement.Length));
            Replacements++;
            var right = expected == actual;
            if (right)
            {
                Correct++;
            }
            else
            {
                Wrong.Add((replacement.Substitution.Spun, actual, expected));
            }

            if (kinds is not null)
            {
                var label = kinds.OfRestored(replacement.Substitution);
                var (n, c) = ByRestoredKind.GetValueOrDefault(label);
                ByRestoredKind[label] = (n + 1, c + (right ? 1 : 0));
            }
        }

        for (var k = 0; k < pairs.Count; k++)
        {
            DistanceBefore += CharacterAlignment.EditDistance(pairs[k].Spun, pairs[k].Original);
            DistanceAfter += CharacterAlignment.EditDistance(lines[k], pairs[k].Original);
            if (kinds is null)
            {
                continue;
            }

            // Each substitution of the pair, as a span of the spun document widened to whole replacements, read in
            // the restored text and compared with the original there (through the same alignment as precision).
            foreach (var (start, end, kind, original) in kinds.Substitutions(pairs[k]))
            {
                InTableByKind[kind] = InTableByKind.GetValueOrDefault(kind) + (table.Has(pairs[k].Spun[start..end], original) ? 1 : 0);
                var (a, b) = (spunStarts[k] + start, spunStarts[k] + end);
                foreach (var r in restored.Replacements)
                {
                    var (s, e) = (r.Substitution.Offset, r.Substitution.Offset + r.Substitution.Length);
                    (a, b) = (s < a && a < e ? s : a, s < b && b < e ? e : b);
                }

                var (ra, rb) = (ToRestored(restored, a) - restoredStarts[k], ToRestored(restored, b) - restoredStarts[k]);
                var (from, to) = (alignments[k].Map(ra, left: true), alignments[k].Map(rb, left: false));
                var (n, c) = BySubstitutionKind.GetValueOrDefault(kind);
                BySubstitutionKind[kind] = (n + 1, c + (lines[k][ra..rb] == pairs[k].Original[from..to] ? 1 : 0));
            }
        }
    }

    // A position of the text as written (not inside a replacement) in the restored text.
    private static int ToRestored(RestoredText restored, int at) =>
        at + restored.Replacements.Where(r => r.Substitution.Offset + r.Substitution.Length <= at).Sum(r => r.Length - r.Substitution.Length);
}

/// <summary>
/// The kinds that split a restoration score: a pair is a fingerprint (a non-word or boundary form never seen in clean
/// text, flagged so in its table) or else its kind (non-word, real word, inversion, boundary, near-synonym). The
/// substitutions of an aligned pair are found and classified as the learner does (<see cref="SpinSubstitutionSpans"/>,
/// <see cref="SpinPairKinds"/>, <see cref="LearnedSpinPair.Fingerprint"/>), once per pair.
/// </summary>
internal sealed class RestorationKinds
{
    private readonly SpinLearner _learner;
    private readonly HashSet<(string Spun, string Original)> _fingerprints;
    private readonly Dictionary<AlignedPair, List<(int Start, int End, string Kind, string Original)>> _substitutions = [];

    /// <param name="learner">The learner whose word list and clean corpora classify substitutions.</param>
    /// <param name="learned">Learned pairs of the tables scored (their fingerprint flag); the curated and the shipped learned files are read too.</param>
    public RestorationKinds(SpinLearner learner, IEnumerable<LearnedSpinPair> learned)
    {
        _learner = learner;
        _fingerprints = learned.Where(p => p.Fingerprint).Select(p => (p.Spun, p.Original)).ToHashSet();
        foreach (var name in new[] { "spin-pairs.tsv", "spin-pairs-learned.tsv" })
        {
            var path = Path.Combine("src", "Glossary", "Spin", name);
            _fingerprints.UnionWith(SpinPairsFile.Read(File.ReadAllText(path), new IssueLog(path, strict: true)).Where(p => p.Fingerprint).Select(p => (p.Spun, p.Original)));
        }
    }

    /// <summary>The labels, in report order.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["fingerprint", "non-word", "real word", "inversion", "boundary", "near-synonym"];

    /// <summary>The kind of the table's pair a replacement restored.</summary>
    public string OfRestored(SpinSubstitution substitution) =>
        _fingerprints.Contains((substitution.Spun, substitution.Original)) ? "fingerprint" : substitution.Kind switch
        {
            SpinKind.NonWord => "non-word",
            SpinKind.RealWord => "real word",
            SpinKind.Inversion => "inversion",
            SpinKind.Boundary => "boundary",
            _ => "near-synonym",
        };

    /// <summary>The substitutions of an aligned pair as [start, end) spans of its spun side, each with its kind and original.</summary>
    public List<(int Start, int End, string Kind, string Original)> Substitutions(AlignedPair pair)
    {
        if (_substitutions.TryGetValue(pair, out var known))
        {
            return known;
        }

        var found = new List<(int, int, string, string)>();
        var at = 0;
        foreach (var (spun, original) in SpinSubstitutionSpans.Find(pair.Spun, pair.Original, _learner.Words))
        {
            var start = pair.Spun.IndexOf(spun, at, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var kind = SpinPairKinds.Of(spun, original, _learner.Words);
            var learned = new LearnedSpinPair(spun, original, 1, new Dictionary<string, int>(), kind, _learner.Clean.Count(spun));
            found.Add((start, start + spun.Length, learned.Fingerprint ? "fingerprint" : kind, original));
            at = start + spun.Length;
        }

        return _substitutions[pair] = found;
    }
}
