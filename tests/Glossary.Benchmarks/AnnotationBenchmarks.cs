using BenchmarkDotNet.Attributes;
using Glossary.Dictionaries;
using Glossary.Samples;
using Glossary.Terms;
using JiebaNet.Segmenter;

namespace Glossary.Benchmarks;

/// <summary>
/// Annotation with the full CC-CEDICT under the glossary against (a) the naive way, one IndexOf scan per surface form,
/// and (b) jieba.NET's segmentation of the same text, the peer a .NET user would pick. The text is a 20,000-character
/// slice of the corpus: the naive way scans it once per form (≈250,000 forms), so throughput, not size, is compared.
/// </summary>
[MemoryDiagnoser]
public class AnnotationBenchmarks
{
    private TermBase _terms = null!;
    private string[] _forms = [];
    private JiebaSegmenter _jieba = null!;
    private string _text = string.Empty;

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Corpora.Replicated;

    public static IEnumerable<string> CorpusNames => Corpora.Available;

    [GlobalSetup]
    public void Setup()
    {
        var text = Corpora.Text(Corpus);
        _text = text[..Math.Min(20_000, text.Length)];
        _terms = TermBase.Combine(SampleCorpus.Glossary, CcCedict.Dictionary);
        _forms = _terms.Entries.SelectMany(e => e.SurfaceForms).Distinct(StringComparer.Ordinal).ToArray();
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        _jieba = new JiebaSegmenter();
        _terms.Annotate(_text); // builds the automata once, outside the measurement
        _ = _jieba.Cut(_text).Count();
    }

    [Benchmark(Baseline = true)]
    public int Annotate() => _terms.Annotate(_text).Count;

    [Benchmark]
    public int IndexOfPerForm()
    {
        var found = 0;
        foreach (var form in _forms)
        {
            for (var i = _text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = _text.IndexOf(form, i + form.Length, StringComparison.Ordinal))
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark]
    public int JiebaCut() => _jieba.Cut(_text).Count();
}
