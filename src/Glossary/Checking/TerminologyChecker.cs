using Glossary.Bilingual;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Checking;

// Implementation note: the per-unit checks are in TerminologyChecker.Units.cs; the inconsistency pass keeps one
// small tally per term (RenderingTally) and reports after the last unit, so units still stream.

/// <summary>
/// Checks translations against a glossary, Chinese → English and English → Chinese: terms whose approved translation
/// is missing, deprecated or forbidden translations used, and terms rendered inconsistently across a file. Immutable
/// and thread-safe; build one per glossary and reuse it. Nothing is written anywhere.
/// </summary>
public sealed partial class TerminologyChecker
{
    private readonly TermBase _glossary;
    private readonly ChineseWords _words;
    private readonly Lazy<GlossPhrases> _phrases;

    /// <summary>
    /// Creates a checker for <paramref name="glossary"/>, whose entries are the obligations. <paramref name="boundaries"/>
    /// (a dictionary such as CC-CEDICT) only decides word boundaries in Chinese text: a term inside a longer word it
    /// knows is not an occurrence; its own entries never oblige a translation.
    /// </summary>
    public TerminologyChecker(TermBase glossary, TermBase? boundaries = null, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _glossary = glossary;
        _words = new ChineseWords(glossary, boundaries);
        Options = options ?? CheckOptions.Default;
        // Built on the first English source: a Chinese → English file never needs the gloss index.
        _phrases = new Lazy<GlossPhrases>(() => new GlossPhrases(glossary));
    }

    /// <summary>The checks run and the units looked at.</summary>
    public CheckOptions Options { get; }

    /// <summary>
    /// The findings in <paramref name="units"/>, unit by unit as they are read, then the inconsistencies once the
    /// last unit is in. Units not in <see cref="Options"/> (see <see cref="StateOf"/>) are passed over.
    /// </summary>
    /// <param name="units">The units, in file order.</param>
    /// <param name="file">The file name to put in each finding, or <see langword="null"/>.</param>
    public IEnumerable<CheckFinding> Check(IEnumerable<TranslationUnit> units, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        return CheckAll(units, file);
    }

    /// <summary>The findings in every unit of <paramref name="document"/>, named after its <see cref="BilingualDocument.Source"/>.</summary>
    public IEnumerable<CheckFinding> Check(BilingualDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CheckAll(document.Units, document.Source);
    }

    /// <summary>Whether <see cref="Options"/> has <paramref name="unit"/> checked.</summary>
    public bool Includes(TranslationUnit unit) => Options.Includes(StateOf(unit));

    /// <summary>
    /// What <paramref name="unit"/> is ready for: not for translation (XLIFF <c>translate="no"</c>), untranslated,
    /// awaiting review, another language pair, or translated. The first that applies, in that order.
    /// </summary>
    public static UnitState StateOf(TranslationUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var source = unit.Texts[0];
        var chinese = LanguageTags.IsChinese(source.Language);
        if (!chinese && !LanguageTags.IsEnglish(source.Language))
        {
            return UnitState.OtherLanguages;
        }

        if (unit.State == "translate=no")
        {
            return UnitState.NotForTranslation;
        }

        var target = TargetOf(unit, chinese);
        if (target is null && unit.Texts.Count > 1)
        {
            return UnitState.OtherLanguages;
        }

        if (target is null || string.IsNullOrWhiteSpace(target.Text))
        {
            return UnitState.Untranslated;
        }

        return unit.State is { } state && NeedsReview(state) ? UnitState.NeedsReview : UnitState.Translated;
    }

    private static bool NeedsReview(string state) =>
        state is "fuzzy" or "new" or "initial" || state.StartsWith("needs-", StringComparison.Ordinal);

    private static UnitText? TargetOf(TranslationUnit unit, bool chineseSource) =>
        unit.Texts.Skip(1).FirstOrDefault(t => chineseSource ? LanguageTags.IsEnglish(t.Language) : LanguageTags.IsChinese(t.Language));

    private IEnumerable<CheckFinding> CheckAll(IEnumerable<TranslationUnit> units, string? file)
    {
        var tally = new RenderingTally();
        foreach (var unit in units)
        {
            if (!Includes(unit))
            {
                continue;
            }

            foreach (var finding in CheckUnit(unit, file, tally))
            {
                yield return finding;
            }
        }

        if (Options.Checks.Contains(CheckKind.Inconsistent))
        {
            foreach (var finding in tally.Findings(file))
            {
                yield return finding;
            }
        }
    }
}
