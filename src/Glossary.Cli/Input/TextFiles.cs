using System.Text;
using Glossary.Errors;
using Glossary.Samples;
using Glossary.Text;

namespace Glossary.Cli.Commands;

/// <summary>Finds and reads the text files a user names, in the encoding named or detected (see <see cref="DocumentFile"/>).</summary>
internal static class TextFiles
{
    private static readonly string[] Extensions = [".txt", ".md", ".text"];

    /// <summary>The files named, and the text files (.txt, .md, .text) under the folders named, in ordinal order.</summary>
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
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
                    throw new GlossaryException($"The folder '{path}' has no text files ({string.Join(", ", Extensions)}).");
                }

                files.AddRange(found);
            }
            else
            {
                throw new FileNotFoundException($"There is no file or folder '{path}'.", path);
            }
        }

        return files;
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
    public static async Task<string> ReadDocumentAsync(string? path, string? encoding, CliEnvironment environment, CancellationToken cancellationToken)
    {
        switch (path)
        {
            case null:
                return SampleCorpus.Article;
            case GlossaryApp.StandardInput:
                return await environment.Input.ReadToEndAsync(cancellationToken);
        }

        var decoded = await ReadAsync(path, Encoding(encoding), cancellationToken);
        if (decoded.Encoding.CodePage != System.Text.Encoding.UTF8.CodePage)
        {
            environment.Error.WriteLine($"glossary: note: {path} read as {decoded.Encoding.WebName}");
        }

        return decoded.Text;
    }

    /// <summary>The encoding named by --encoding, or null; an unknown name is a usage error.</summary>
    public static Encoding? Encoding(string? name) =>
        name is null ? null : DocumentFile.FindEncoding(name) ?? throw new ArgumentException(
            $"Unknown encoding '{name}': use utf-8, utf-16, gb18030 (also for GBK and GB2312) or big5.");
}
