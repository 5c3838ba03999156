using Glossary.Bilingual;
using Glossary.Querying;
using Glossary.Terms;

namespace Glossary.Checking;

/// <summary>
/// One problem a <see cref="TerminologyChecker"/> found in one unit: which check, the source term and its entry,
/// the translations the glossary expects, what the target holds instead, and both texts with ranges to highlight.
/// Offsets are UTF-16 code units of <see cref="SourceText"/> and <see cref="TargetText"/>.
/// </summary>
public sealed class CheckFinding
{
    internal CheckFinding(string? file, string unit, CheckKind check, string term, TermEntry entry, IReadOnlyList<string> expected,
        string? found, UnitText source, UnitText target, IReadOnlyList<Highlight> sourceHighlights, IReadOnlyList<Highlight> targetHighlights)
    {
        File = file;
        Unit = unit;
        Check = check;
        Term = term;
        Entry = entry;
        Expected = expected.ToList().AsReadOnly();
        Found = found;
        SourceLanguage = source.Language;
        SourceText = source.Text;
        TargetLanguage = target.Language;
        TargetText = target.Text;
        SourceHighlights = sourceHighlights.ToList().AsReadOnly();
        TargetHighlights = targetHighlights.ToList().AsReadOnly();
    }

    /// <summary>The file the unit came from, as the caller named it, or <see langword="null"/>.</summary>
    public string? File { get; }

    /// <summary>The unit's id (<see cref="TranslationUnit.Id"/>).</summary>
    public string Unit { get; }

    /// <summary>Which check found it.</summary>
    public CheckKind Check { get; }

    /// <summary>
    /// The source term: the Chinese form as the source writes it, or, for an English source, the gloss as the glossary
    /// writes it (the source may inflect it: <i>files</i> for <i>file</i>).
    /// </summary>
    public string Term { get; }

    /// <summary>The glossary entry of the term.</summary>
    public TermEntry Entry { get; }

    /// <summary>
    /// The approved translations, preferred first (for <see cref="CheckKind.Forbidden"/>, the replacements); for
    /// <see cref="CheckKind.Inconsistent"/>, the rendering most units use.
    /// </summary>
    public IReadOnlyList<string> Expected { get; }

    /// <summary>
    /// What the target holds: the deprecated or forbidden translation, or the unit's rendering for an inconsistency;
    /// <see langword="null"/> for a missing term.
    /// </summary>
    public string? Found { get; }

    /// <summary>The language of the source text.</summary>
    public string SourceLanguage { get; }

    /// <summary>The unit's source text.</summary>
    public string SourceText { get; }

    /// <summary>The language of the target text (the source's language's counterpart when the unit has no target).</summary>
    public string TargetLanguage { get; }

    /// <summary>The unit's target text; empty for an untranslated unit.</summary>
    public string TargetText { get; }

    /// <summary>Where the term stands in the source, left to right.</summary>
    public IReadOnlyList<Highlight> SourceHighlights { get; }

    /// <summary>Where what was found stands in the target; empty for a missing term.</summary>
    public IReadOnlyList<Highlight> TargetHighlights { get; }

    /// <summary>
    /// What a reader needs to trust the finding, or <see langword="null"/>: for a missing Chinese term, an occurrence
    /// in the target that did not count because it is part of a longer word ("程序 inside 排程|序列").
    /// </summary>
    public string? Detail { get; internal init; }

    /// <summary>For <see cref="CheckKind.Inconsistent"/>, every rendering with its units, most used first; empty otherwise.</summary>
    public IReadOnlyList<RenderingVariant> Variants { get; internal init; } = Array.Empty<RenderingVariant>();
}
