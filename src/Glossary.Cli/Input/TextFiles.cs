using System.Text;
using Glossary.Errors;
using Glossary.Samples;
using Glossary.Text;

namespace Glossary.Cli.Input;

/// <summary>Finds and reads the text files a user names, in the encoding named or detected (see <see cref="DocumentFile"/>).</summary>
internal static class TextFiles
{
    /// <summary>The extensions a folder is searched for: plain text, and bilingual files (memories, XLIFF, PO).</summary>
    public static readonly string[] Extensions = [".txt", ".md", ".text", ".tmx", ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".po", ".pot"];

    /// <summary>
    /// Whether a file is read as bilingual: a memory, an XLIFF or PO file by its extension, or a .tsv/.tab named
    /// on the command line (aligned text; a folder's .tsv files are not searched, since glossaries are .tsv too).
    /// </summary>
    public static bool IsBilingual(string path) => Glossary.Bilingual.BilingualFile.FormatOf(path) != Glossary.Bilingual.BilingualFormat.Auto;

    /// <summary>
    /// The files named, and the text files under the folders named, in ordinal order; and each path that gave none,
    /// with why (no such file or folder, a folder without text files).
    /// </summary>
    public static (List<string> Files, List<(string Path, string Reason)> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    problems.Add((path, $"no text files ({string.Join(", ", Extensions)})"));
                }

                files.AddRange(found);
            }
            else
            {
                problems.Add((path, "no such file or folder"));
            }
        }

        return (files.Distinct(StringComparer.Ordinal).ToList(), problems);
    }

    /// <summary>Reads a document (see <see cref="DocumentFile"/>): the encoding named, else detected; empty files refused.</summary>
    public static async Task<DecodedText> ReadAsync(string path, Encoding? encoding, CancellationToken cancellationToken)
    {
        var decoded = await DocumentFile.ReadAsync(path, encoding, cancellationToken);
        return decoded.Text.Length == 0 ? throw new GlossaryException($"The file '{path}' is empty.") : decoded;
    }

    /// <summary>
    /// Reads a document for `annotate` and `restore`: the bundled article when no path is given, standard input for
    /// "-", else the file in the encoding named or detected, saying on stderr when that is not UTF-8.
    /// </summary>
    public static async Task<string> ReadDocumentAsync(string? path, Encoding? encoding, CliEnvironment environment, CancellationToken cancellationToken)
    {
        switch (path)
        {
            case null:
                return SampleCorpus.Article;
            case "-":
                return await environment.Input.ReadToEndAsync(cancellationToken);
        }

        Inputs.RequireFile(path);
        var decoded = await ReadAsync(path, encoding, cancellationToken);
        if (decoded.Encoding.CodePage != Encoding.UTF8.CodePage)
        {
            environment.Error.WriteLine($"glossary: note: {path} read as {decoded.Encoding.WebName}");
        }

        return decoded.Text;
    }
}
