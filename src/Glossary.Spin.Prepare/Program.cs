using System.IO.Compression;
using System.Text;
using Glossary.Spin;

// Usage: Glossary.Spin.Prepare <jieba dict.txt> <word-pairs.tsv.gz> <prepared output>
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Glossary.Spin.Prepare <dict.txt> <word-pairs.tsv.gz> <output>");
    return 2;
}

using (var reader = new StreamReader(args[0], Encoding.UTF8))
using (var pairs = new StreamReader(new GZipStream(File.OpenRead(args[1]), CompressionMode.Decompress), Encoding.UTF8))
{
    var model = new WordModel(WordModel.Parse(reader), WordModel.ParsePairs(pairs));

    // Written beside and renamed, so an interrupted build never leaves a half-written file that looks up to date.
    var temporary = args[2] + ".tmp";
    using (var file = File.Create(temporary))
    {
        model.Write(file);
    }

    File.Move(temporary, args[2], overwrite: true);
}

Console.WriteLine($"{args[2]}: {new FileInfo(args[2]).Length:N0} bytes");
return 0;
