using Glossary.Text;
using Glossary.Errors;

namespace Glossary.Formats;

// A glossary file's bytes as text (see TextDecoding for the rules), with errors in the glossary's own terms.
internal static class GlossaryText
{
    public static string Decode(ReadOnlySpan<byte> bytes, IssueLog log)
    {
        var (text, _) = TextDecoding.Decode(bytes, forced: null, reason => log.Fatal($"the file is {reason}"));
        return string.IsNullOrWhiteSpace(text) ? throw log.Fatal("the file is empty") : text;
    }
}
