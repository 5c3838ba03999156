using System.IO.Compression;
using Glossary.Formats;

// Usage: Glossary.Dictionaries.CcCedict.Prepare <cedict_ts.u8.gz> <prepared output>
// Strict: a line the reader would skip stops the build, so the prepared entries are every line of the file.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Glossary.Dictionaries.CcCedict.Prepare <cedict_ts.u8.gz> <output>");
    return 2;
}

Prepare(args[0], args[1]);
return 0;

static void Prepare(string input, string output)
{
    using var compressed = File.OpenRead(input);
    using var text = new GZipStream(compressed, CompressionMode.Decompress);
    var terms = GlossaryFile.Read(text, "CC-CEDICT", strict: true, GlossaryFormat.CcCedict);

    // Written beside and renamed, so an interrupted build never leaves a half-written file that looks up to date.
    var temporary = output + ".tmp";
    using (var file = File.Create(temporary))
    {
        PreparedGlossary.Write(terms, file);
    }

    File.Move(temporary, output, overwrite: true);
    Console.WriteLine($"{output}: {terms.Entries.Count:N0} entries, {new FileInfo(output).Length:N0} bytes");
}
