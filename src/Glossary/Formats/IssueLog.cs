namespace Glossary.Formats;

// Collects the problems of one file. In strict mode the first problem throws instead, so every reader reports the
// same way and none decides on its own whether to go on.
internal sealed class IssueLog(string source, bool strict)
{
    public string Source { get; } = source;

    public List<GlossaryIssue> Issues { get; } = [];

    public void Report(int line, string reason, int column = 0)
    {
        var issue = new GlossaryIssue(Source, line, reason) { Column = column };
        if (strict)
        {
            throw new GlossaryFormatException(issue);
        }

        Issues.Add(issue);
    }

    /// <summary>Throws for the whole file: nothing could be read.</summary>
    public GlossaryFormatException Fatal(string reason, int line = 0, int column = 0, Exception? inner = null) =>
        new(new GlossaryIssue(Source, line, reason) { Column = column }, inner);
}
