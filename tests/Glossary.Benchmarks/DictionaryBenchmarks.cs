using BenchmarkDotNet.Attributes;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Benchmarks;

/// <summary>
/// Loading the full CC-CEDICT (decompress, decode, parse, build the look-up table) against reading the same bytes
/// with File.ReadAllText-like decoding only: the ratio is the cost of turning text into entries. Beside them, the
/// form prepared at build time that the package loads (entries and look-up table).
/// </summary>
[MemoryDiagnoser]
public class DictionaryBenchmarks
{
    private byte[] _compressed = [];
    private byte[] _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        _compressed = File.ReadAllBytes(Testing.Repository.PathOf("src", "Glossary.Dictionaries.CcCedict", "Data", "cedict_ts.u8.gz"));
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(_compressed), System.IO.Compression.CompressionMode.Decompress);
        using var prepared = new MemoryStream();
        PreparedGlossary.Write(GlossaryFile.Read(gzip, "CC-CEDICT", strict: true, GlossaryFormat.CcCedict), prepared);
        _prepared = prepared.ToArray();
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

    [Benchmark]
    public int LoadPrepared() => PreparedGlossary.Read(_prepared, "CC-CEDICT").Find("卡脖子")!.Term.Length;
}
