using System.Text;
using Glossary.Spin;

// Usage: Glossary.Spin.Prepare <jieba dict.txt> <prepared output>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Glossary.Spin.Prepare <dict.txt> <output>");
    return 2;
}

using (var reader = new StreamReader(args[0], Encoding.UTF8))
{
    var model = new WordModel(WordModel.Parse(reader));

    // Written beside and renamed, so an interrupted build never leaves a half-written file that looks up to date.
    var temporary = args[1] + ".tmp";
    using (var file = File.Create(temporary))
    {
        model.Write(file);
    }

    File.Move(temporary, args[1], overwrite: true);
}

Console.WriteLine($"{args[1]}: {new FileInfo(args[1]).Length:N0} bytes");
return 0;
