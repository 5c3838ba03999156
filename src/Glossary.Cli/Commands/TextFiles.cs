using System.Text;

namespace Glossary.Cli.Commands;

/// <summary>Reads the text files a user names: UTF-8 (with or without BOM) or UTF-16 with a BOM, nothing guessed.</summary>
internal static class TextFiles
{
    private static readonly string[] Extensions = [".txt", ".md", ".text"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            var text = await reader.ReadToEndAsync(cancellationToken);
            return text.Length == 0 ? throw new GlossaryException($"The file '{path}' is empty.") : text;
        }
        catch (DecoderFallbackException)
        {
            throw new GlossaryException($"The file '{path}' is not UTF-8 text. Save it as UTF-8 (with or without BOM) and try again.");
        }
    }
}
