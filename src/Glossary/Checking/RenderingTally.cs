using Glossary.Bilingual;
using Glossary.Querying;
using Glossary.Terms;

namespace Glossary.Checking;

// The inconsistency pass: for each source term (entry and direction), the approved renderings met so far, each with
// its units and the first unit's texts (kept so the finding can show them without holding every unit).
internal sealed class RenderingTally
{
    private readonly Dictionary<(TermEntry Entry, bool ChineseSource), Term> _terms = [];

    public void Add(TermEntry entry, string term, bool chineseSource, string key, string rendering, string unit,
        UnitText source, UnitText target, IReadOnlyList<Highlight> sourceHighlights, IReadOnlyList<Highlight> targetHighlights)
    {
        if (!_terms.TryGetValue((entry, chineseSource), out var tally))
        {
            _terms[(entry, chineseSource)] = tally = new Term(term, []);
        }

        if (!tally.Variants.TryGetValue(key, out var variant))
        {
            tally.Variants[key] = variant = new Variant(rendering, [], source, target, sourceHighlights, targetHighlights);
        }

        if (variant.Units.Count == 0 || variant.Units[^1] != unit)
        {
            variant.Units.Add(unit);
        }
    }

    public IEnumerable<CheckFinding> Findings(string? file)
    {
        foreach (var ((entry, _), term) in _terms)
        {
            if (term.Variants.Count < 2)
            {
                continue;
            }

            // Most units first; at equal counts, the one met first. The finding shows the first unit that departs.
            var variants = term.Variants.Values.OrderByDescending(v => v.Units.Count).ToList();
            var shown = variants[1];
            yield return new CheckFinding(file, shown.Units[0], CheckKind.Inconsistent, term.Text, entry, [variants[0].Text], shown.Text,
                shown.Source, shown.Target, shown.SourceHighlights, shown.TargetHighlights)
            {
                Variants = variants.Select(v => new RenderingVariant(v.Text, v.Units.AsReadOnly())).ToList().AsReadOnly(),
            };
        }
    }

    private sealed record Term(string Text, Dictionary<string, Variant> Variants);

    private sealed record Variant(string Text, List<string> Units, UnitText Source, UnitText Target,
        IReadOnlyList<Highlight> SourceHighlights, IReadOnlyList<Highlight> TargetHighlights);
}
