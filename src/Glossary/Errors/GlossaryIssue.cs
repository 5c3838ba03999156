namespace Glossary.Errors;

/// <summary>A problem found while reading a glossary file: where it is and why the line was skipped.</summary>
/// <param name="File">The file (or source name) being read.</param>
/// <param name="Line">The 1-based line number, or 0 when the problem concerns the whole file.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
public sealed record GlossaryIssue(string File, int Line, string Reason)
{
    /// <summary>The 1-based column where it helps (XML errors), or 0.</summary>
    public int Column { get; init; }

    /// <summary>The issue as <c>file:line:column: reason</c>, the form compilers and editors understand.</summary>
    public override string ToString() => (Line, Column) switch
    {
        ( > 0, > 0) => $"{File}:{Line}:{Column}: {Reason}",
        ( > 0, _) => $"{File}:{Line}: {Reason}",
        _ => $"{File}: {Reason}",
    };
}
