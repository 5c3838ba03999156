using Glossary.Errors;

namespace Glossary.Spin;

// The spin table's TSV: spun, original, kind, confidence, note, example, rules, family, evidence (the last five
// optional; family and evidence are written by the learner, spin-learn.sh); '#' lines
// and a header line starting with "spun" are skipped. Rules, separated by spaces: "fingerprint", "not:CONTEXT",
// "possibly:CONTEXT", where CONTEXT contains the spun form; "evidence:W", how much likelier the form is in spun text
// than in clean text (natural log; written by the learner). A bad line is reported with its number and skipped.
internal static class SpinPairsFile
{
    public static List<SpinPair> Read(string text, IssueLog log)
    {
        var pairs = new List<SpinPair>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var row = line.TrimEnd('\r');
            if (row.Length == 0 || row.StartsWith('#') || row.StartsWith("spun\t", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = row.Split('\t');
            if (columns.Length < 4)
            {
                log.Report(number, $"expected at least four tab-separated columns (spun, original, kind, confidence); found {columns.Length}", "line skipped");
                continue;
            }

            var (spun, original) = (columns[0].Trim(), columns[1].Trim());
            var kind = Kind(columns[2].Trim());
            var confidence = Confidence(columns[3].Trim());
            var rules = columns.Length > 6 ? columns[6].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            var guards = rules.Where(r => r.Contains(':', StringComparison.Ordinal) && !r.StartsWith("evidence:", StringComparison.Ordinal)).Select(r => Guard(r, spun)).ToList();
            var weight = rules.FirstOrDefault(r => r.StartsWith("evidence:", StringComparison.Ordinal)) is { } rule
                ? float.TryParse(rule.AsSpan("evidence:".Length), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : float.NaN
                : float.PositiveInfinity;
            var problem = spun.Length == 0 || original.Length == 0 ? "the spun form or the original is empty"
                : spun == original ? "the spun form and the original are the same"
                : kind is null ? $"unknown kind '{columns[2].Trim()}' (inversion, boundary, non-word, real word, near-synonym)"
                : confidence is null ? $"unknown confidence '{columns[3].Trim()}' (verified, high, medium)"
                : float.IsNaN(weight) ? "an evidence rule's weight is not a number (evidence:2.5)"
                : guards.Contains(null) ? $"a rule's context does not contain '{spun}', or the rule is not fingerprint, not:… or possibly:…"
                : rules.Any(r => r != "fingerprint" && !r.Contains(':', StringComparison.Ordinal)) ? $"unknown rule in '{columns[6]}'"
                : null;
            if (problem is not null)
            {
                log.Report(number, problem, "line skipped");
                continue;
            }

            pairs.Add(new SpinPair(spun, original, kind!.Value, confidence!.Value, columns.Length > 4 ? columns[4].Trim() : string.Empty,
                rules.Contains("fingerprint"), guards!, Column(columns, 7), Column(columns, 8)) { Weight = weight });
        }

        return pairs;
    }

    private static string Column(string[] columns, int index) => columns.Length > index ? columns[index].Trim() : string.Empty;

    private static SpinKind? Kind(string text) => text.ToLowerInvariant() switch
    {
        "inversion" => SpinKind.Inversion,
        "boundary" => SpinKind.Boundary,
        "non-word" => SpinKind.NonWord,
        "near-synonym" => SpinKind.NearSynonym,
        _ when text.StartsWith("real word", StringComparison.OrdinalIgnoreCase) => SpinKind.RealWord,
        _ => null,
    };

    private static SpinConfidence? Confidence(string text) => text.ToLowerInvariant() switch
    {
        "verified" => SpinConfidence.Verified,
        "high" => SpinConfidence.High,
        "medium" => SpinConfidence.Medium,
        _ => null,
    };

    private static SpinGuard? Guard(string rule, string spun)
    {
        var colon = rule.IndexOf(':', StringComparison.Ordinal);
        var (name, context) = (rule[..colon], rule[(colon + 1)..]);
        var at = context.IndexOf(spun, StringComparison.Ordinal);
        return at < 0 || name is not ("not" or "possibly") ? null : new SpinGuard(context, at, Possibly: name == "possibly");
    }
}
