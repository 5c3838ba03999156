using Glossary.Errors;

namespace Glossary.Cli.Input;

/// <summary>
/// One style for every input that is not there, whatever names it (a glossary, a dictionary, spin pairs, a text, an
/// index): "glossary: PATH: no such file", as Unix tools say it; and one way to say why a file was skipped.
/// </summary>
internal static class Inputs
{
    /// <summary>Throws unless <paramref name="path"/> is an existing file; <paramref name="hint"/> says what else was allowed.</summary>
    public static void RequireFile(string path, string? hint = null)
    {
        if (Directory.Exists(path))
        {
            throw new GlossaryException($"{path}: a folder, not a file{Hint(hint)}");
        }

        if (!File.Exists(path))
        {
            throw NoSuch(path, "file", hint);
        }
    }

    /// <summary>"PATH: no such file" (or folder), with a hint in brackets.</summary>
    public static GlossaryException NoSuch(string path, string what, string? hint = null) => new($"{path}: no such {what}{Hint(hint)}");

    /// <summary>
    /// Why reading <paramref name="path"/> failed, without the path (the caller names it): the library's reason for a
    /// file that is not text or not valid in its encoding, or the system's.
    /// </summary>
    public static string Reason(Exception error, string path) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        GlossaryException when error.Message.StartsWith($"The file '{path}' is ", StringComparison.Ordinal) =>
            error.Message[$"The file '{path}' is ".Length..].TrimEnd('.'),
        _ => error.Message.TrimEnd('.'),
    };

    private static string Hint(string? hint) => hint is null ? string.Empty : $" ({hint})";
}
