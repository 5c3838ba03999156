namespace Glossary.Terms;

/// <summary>
/// Whether a term may be used, as term bases record it (TBX <c>administrativeStatus</c>, <c>usageStatus</c>,
/// <c>normativeAuthorization</c>, or a free-text status). Ordered from recommended to banned.
/// </summary>
public enum TermStatus
{
    /// <summary>The glossary says nothing about the term's status.</summary>
    Unspecified = 0,

    /// <summary>The recommended term (TBX <c>preferredTerm-admn-sts</c>, <c>preferred</c>).</summary>
    Preferred,

    /// <summary>An acceptable alternative (TBX <c>admittedTerm-admn-sts</c>, <c>admitted</c>).</summary>
    Admitted,

    /// <summary>
    /// Not to be used any more: TBX <c>deprecatedTerm-admn-sts</c>, <c>supersededTerm-admn-sts</c>,
    /// <c>deprecated</c>, or free text such as <i>obsolete</i> or <i>superseded</i>.
    /// </summary>
    Deprecated,

    /// <summary>Must not be used (memoQ's and Phrase's <i>forbidden</i>; free text such as <i>prohibited</i>).</summary>
    Forbidden,
}
