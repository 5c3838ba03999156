using Glossary.Checking;
using Glossary.Errors;

namespace Glossary.Cli.Input;

// The suppressions a team commits beside its files: a tab-separated file, one rule a line, # for comments.
//   unit⇥term⇥translation⇥reason
// Each of the first three is an exact value or * for any; the reason is required, so every exception says why.
// A rule matches a finding when all three match (translation is what the target holds: a missing term has none,
// so only * matches it).
internal sealed class IgnoreFile
{
    private readonly List<Rule> _rules;

    private IgnoreFile(List<Rule> rules) => _rules = rules;

    public static IgnoreFile None { get; } = new([]);

    public static async Task<IgnoreFile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var rules = new List<Rule>();
        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 4 || string.IsNullOrWhiteSpace(columns[3]))
            {
                throw new GlossaryException(
                    $"{path}:{i + 1}: an ignore rule is unit⇥term⇥translation⇥reason (tab-separated, * for any, a reason required); got {columns.Length} column(s)");
            }

            rules.Add(new Rule(columns[0].Trim(), columns[1].Trim(), columns[2].Trim()));
        }

        return new IgnoreFile(rules);
    }

    public bool Suppresses(CheckFinding finding) => _rules.Any(r =>
        Matches(r.Unit, finding.Unit) && Matches(r.Term, finding.Term) && Matches(r.Translation, finding.Found));

    private static bool Matches(string rule, string? value) => rule == "*" || string.Equals(rule, value, StringComparison.Ordinal);

    private sealed record Rule(string Unit, string Term, string Translation);
}
