namespace Glossary.Errors;

/// <summary>
/// A glossary file cannot be read: it is empty, not valid text, or (in strict mode) has a malformed line.
/// <see cref="Issue"/> says where and why.
/// </summary>
public sealed class GlossaryFormatException : GlossaryException
{
    /// <summary>Creates the exception for one issue.</summary>
    public GlossaryFormatException(GlossaryIssue issue, Exception? innerException = null)
        : base(issue.ToString(), innerException)
    {
        Issue = issue;
    }

    /// <summary>The file, line and reason.</summary>
    public GlossaryIssue Issue { get; }
}
