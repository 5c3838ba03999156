using Glossary.Bilingual;
using Glossary.Querying;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Checking;

// The checks of one unit, in the unit's direction. A term's findings are one per term and unit (all its occurrences
// highlighted together). When a deprecated or forbidden translation stands where the term is, that finding names the
// replacement and no "missing" finding repeats it.
public sealed partial class TerminologyChecker
{
    private IEnumerable<CheckFinding> CheckUnit(TranslationUnit unit, string? file, RenderingTally tally)
    {
        var source = unit.Texts[0];
        var chinese = LanguageTags.IsChinese(source.Language);
        var target = TargetOf(unit, chinese) ?? new UnitText(chinese ? "en" : "zh", string.Empty);
        return chinese ? ChineseToEnglish(unit.Id, file, source, target, tally) : EnglishToChinese(unit.Id, file, source, target, tally);
    }

    private IEnumerable<CheckFinding> ChineseToEnglish(string unit, string? file, UnitText source, UnitText target, RenderingTally tally)
    {
        var spans = _glossary.Annotate(source.Text).Where(s => _words.InsideLongerWord(source.Text, s.Offset, s.Length, s.Entry.Glosses) is null);
        var english = new EnglishText(target.Text);
        foreach (var group in spans.GroupBy(s => s.Entry))
        {
            var entry = group.Key;
            var term = group.First().Text;
            var sourceRanges = group.Select(s => new Highlight(s.Offset, s.Length)).ToList();
            var approved = GlossPhrases.Approved(entry.Translations).ToList();
            var rendering = approved.Select(d => EnglishPhrase.Of(d.Text))
                .Select(p => (Phrase: p, Ranges: p?.FindLooselyIn(english).ToList() ?? []))
                .FirstOrDefault(p => p.Ranges.Count > 0);
            var discouraged = entry.Translations.Where(d => d.IsDiscouraged)
                .Select(d => (Designation: d, Ranges: EnglishPhrase.Of(d.Text)?.FindIn(english).ToList() ?? []))
                .Where(d => d.Ranges.Count > 0).ToList();
            var expected = approved.Select(d => d.Text).ToList();
            foreach (var finding in Judge(unit, file, term, entry, expected, rendering.Phrase?.Text, discouraged, source, target, sourceRanges, detail: null))
            {
                yield return finding;
            }

            if (rendering.Phrase is { } phrase)
            {
                tally.Add(entry, term, chineseSource: true, phrase.Key, phrase.Text, unit, source, target, sourceRanges, rendering.Ranges);
            }
        }
    }

    private IEnumerable<CheckFinding> EnglishToChinese(string unit, string? file, UnitText source, UnitText target, RenderingTally tally)
    {
        var english = new EnglishText(source.Text);
        foreach (var group in _phrases.Value.FindIn(english).GroupBy(m => m.Entry))
        {
            var entry = group.Key;
            var first = group.First();
            var term = _phrases.Value.NameOf(first.Phrase, source.Text.Substring(first.Range.Offset, first.Range.Length));
            var sourceRanges = group.Select(m => m.Range).ToList();
            var sharing = _phrases.Value.EntriesOf(group.First().Phrase);
            var approved = sharing.SelectMany(e => GlossPhrases.Approved(e.Forms)).DistinctBy(d => d.Text).ToList();
            string? detail = null;
            (string Form, List<Highlight> Ranges)? rendering = null;
            foreach (var form in approved.OrderByDescending(f => f.Text.Length))
            {
                var (ranges, rejected) = Occurrences(target.Text, form.Text, entry.Glosses);
                detail ??= rejected;
                if (ranges.Count == 0)
                {
                    ranges = Spread(target.Text, form.Text, entry.Glosses);
                }

                if (ranges.Count > 0)
                {
                    rendering = (form.Text, ranges);
                    break;
                }
            }

            var discouraged = sharing.SelectMany(e => e.Forms).Where(d => d.IsDiscouraged && approved.All(a => a.Text != d.Text)).DistinctBy(d => d.Text)
                .Select(d => (Designation: d, Ranges: Occurrences(target.Text, d.Text, entry.Glosses).Found))
                .Where(d => d.Ranges.Count > 0).ToList();
            var expected = approved.Select(d => d.Text).ToList();
            foreach (var finding in Judge(unit, file, term, entry, expected, rendering?.Form, discouraged, source, target, sourceRanges, detail))
            {
                yield return finding;
            }

            if (rendering is { } found)
            {
                tally.Add(entry, term, chineseSource: false, found.Form, found.Form, unit, source, target, sourceRanges, found.Ranges);
            }
        }
    }

    private IEnumerable<CheckFinding> Judge(string unit, string? file, string term, TermEntry entry, List<string> expected, string? rendering,
        List<(Designation Designation, List<Highlight> Ranges)> discouraged, UnitText source, UnitText target, List<Highlight> sourceRanges, string? detail)
    {
        if (Options.Checks.Contains(CheckKind.Forbidden))
        {
            foreach (var (designation, ranges) in discouraged)
            {
                yield return new CheckFinding(file, unit, CheckKind.Forbidden, term, entry, expected, designation.Text, source, target, sourceRanges, ranges)
                {
                    Detail = designation.Status == TermStatus.Forbidden ? "forbidden" : "deprecated",
                };
            }
        }

        if (rendering is null && discouraged.Count == 0 && expected.Count > 0 && Options.Checks.Contains(CheckKind.Missing))
        {
            yield return new CheckFinding(file, unit, CheckKind.Missing, term, entry, expected, null, source, target, sourceRanges, [])
            {
                Detail = detail,
            };
        }
    }

    // A form of known words written with a few characters between them, as Chinese does to fit a sentence (社区扩散
    // as 社区内的扩散): each part a word of the text, in order, each within MaxSpread characters of the one before.
    // Used to accept a translation, never to blame one (a discouraged form is found only as written).
    private const int MaxSpread = 3;

    private List<Highlight> Spread(string text, string form, IReadOnlyList<string> glosses)
    {
        var found = new List<Highlight>();
        if (_words.Parts(form) is not { } parts)
        {
            return found;
        }

        foreach (var first in Occurrences(text, parts[0], glosses).Found)
        {
            var end = first.Offset + first.Length;
            foreach (var part in parts.Skip(1))
            {
                var window = text.AsSpan(end, Math.Min(text.Length - end, MaxSpread + part.Length));
                var at = window.IndexOf(part, StringComparison.OrdinalIgnoreCase);
                end = at >= 0 && _words.InsideLongerWord(text, end + at, part.Length, glosses) is null ? end + at + part.Length : -1;
                if (end < 0)
                {
                    break;
                }
            }

            if (end > 0)
            {
                found.Add(new Highlight(first.Offset, end - first.Offset));
            }
        }

        return found;
    }

    // A Chinese form's occurrences in a target that are words of it; the first one that is part of a longer word is
    // said, so a "missing" finding explains itself. Latin letters in a form compare without case (a glossary's
    // covid-19 is the target's COVID-19; Han characters have no case, so Chinese stays exact).
    private (List<Highlight> Found, string? Rejected) Occurrences(string text, string form, IReadOnlyList<string> glosses)
    {
        var found = new List<Highlight>();
        string? rejected = null;
        for (var at = text.IndexOf(form, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (_words.InsideLongerWord(text, at, form.Length, glosses) is { } why)
            {
                rejected ??= $"{form} {why}";
            }
            else
            {
                found.Add(new Highlight(at, form.Length));
            }
        }

        return (found, rejected);
    }
}
