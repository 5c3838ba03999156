namespace Glossary.Checking;

/// <summary>What a unit is ready for, as <see cref="TerminologyChecker.StateOf"/> reads it from the unit.</summary>
public enum UnitState
{
    /// <summary>Translated, with a Chinese and an English side: checked.</summary>
    Translated,

    /// <summary>No target text, or only white space.</summary>
    Untranslated,

    /// <summary>Marked as not for translation (<c>translate="no"</c> in the unit's state).</summary>
    NotForTranslation,

    /// <summary>
    /// Fuzzy or awaiting review: PO <c>fuzzy</c>; XLIFF <c>new</c>, <c>initial</c>, <c>needs-translation</c> and every
    /// <c>needs-review-…</c> or <c>needs-…</c> state.
    /// </summary>
    NeedsReview,

    /// <summary>The unit holds no Chinese–English pair (both sides in one language, or another language): never checked.</summary>
    OtherLanguages,
}
