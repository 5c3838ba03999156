using BenchmarkDotNet.Attributes;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Benchmarks;

/// <summary>
/// Loading the full CC-CEDICT (decompress, decode, parse, build the look-up table) against reading the same bytes
/// with File.ReadAllText-like decoding only: the ratio is the cost of turning text into entries.
/// </summary>
[MemoryDiagnoser]
public class DictionaryBenchmarks
{
    private byte[] _compressed = [];

    [GlobalSetup]
    public void Setup()
    {
        using var resource = typeof(Dictionaries.CcCedict).Assembly.GetManifestResourceStream("Glossary.Dictionaries.cedict_ts.u8.gz")!;
        using var buffer = new MemoryStream();
        resource.CopyTo(buffer);
        _compressed = buffer.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int DecompressAndDecode()
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(_compressed), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd().Length;
    }

    [Benchmark]
    public int LoadCcCedict()
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(_compressed), System.IO.Compression.CompressionMode.Decompress);
        return GlossaryFile.Read(gzip, "CC-CEDICT", strict: true, GlossaryFormat.CcCedict).Entries.Count;
    }
}
