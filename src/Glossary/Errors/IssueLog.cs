namespace Glossary.Errors;

// Collects the problems of one file. In strict mode the first problem throws instead, so every reader reports the
// same way and none decides on its own whether to go on.
internal sealed class IssueLog(string source, bool strict)
{
    public string Source { get; } = source;

    public List<GlossaryIssue> Issues { get; } = [];

    /// <summary>
    /// Reports a problem: in strict mode it stops the reading (the reason alone), otherwise it is kept with what
    /// was done about it ("line skipped").
    /// </summary>
    public void Report(int line, string reason, string consequence, int column = 0)
    {
        if (strict)
        {
            throw new GlossaryFormatException(new GlossaryIssue(Source, line, reason) { Column = column });
        }

        Issues.Add(new GlossaryIssue(Source, line, $"{reason}; {consequence}") { Column = column });
    }

    /// <summary>Throws for the whole file: nothing could be read.</summary>
    public GlossaryFormatException Fatal(string reason, int line = 0, int column = 0, Exception? inner = null) =>
        new(new GlossaryIssue(Source, line, reason) { Column = column }, inner);
}
