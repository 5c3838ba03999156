using BenchmarkDotNet.Running;
using Glossary.Benchmarks;

// `quick` runs a short version of every benchmark and prints one ratio line per figure (see run.sh);
// anything else goes to BenchmarkDotNet's switcher (`--filter *Lookup*`, `--list flat`, …).
return args switch
{
    ["quick", ..] => await Quick.RunAsync(args[1..]),
    ["latency", ..] => Latency.Run(args.Length > 1 ? args[1] : Corpora.Replicated),
    ["latency-spun", ..] => Latency.Spun(args.Length > 1 ? args[1] : Corpora.Replicated, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3),
    ["dictionary-memory"] => Latency.DictionaryMemory(),
    ["spin-model-load"] => Latency.SpinModelLoad(),
    ["growth", var size, var folder, var output] => await Growth.RunAsync(long.Parse(size, System.Globalization.CultureInfo.InvariantCulture), folder, output),
    ["growth-chart", var input, var output] => GrowthChart.Run(input, output),
    ["bare-smartcn", var folder] => BareSmartCn.Run(folder),
    ["index-ratios", var corpus, var rounds] => await IndexingRatios.RunAsync(corpus, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
    ["profile", var what] => await Profile.RunAsync(what),
    ["profile", var what, var corpus] => await Profile.RunAsync(what, corpus),
    ["bilingual-latency", ..] => await BilingualLatency.RunAsync(args.Length > 1 ? args[1] : BilingualIndexingBenchmarks.MemoryPath),
    ["spin-calibration", ..] => SpinCalibration.Run(args.Length > 1 ? args[1] : Path.Combine("tests", "Glossary.Tests", "Fixtures", "CleanProse")),
    ["spin-learn", ..] => SpinLearning.Run(args[1..]),
    ["spin-wild", ..] => SpinWild.Run(args[1..]),
    ["spin-explain", ..] => SpinExplain.Run(args[1..]),
    ["word-pairs", var corpus, var output] => WordPairs.Run(corpus, output),
    ["renderings", ..] => RenderingsMeasurement.Run(
        args.Skip(1).Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && args[i] != "--explain").FirstOrDefault() ?? Path.Combine("..", "shared", "bilingual", "tico-19"),
        args.Contains("--detail"),
        args.SkipWhile(a => a != "--explain").Skip(1).FirstOrDefault()),
    ["reading", ..] => await ReadingMeasurement.RunAsync(args.Length > 1 ? args[1] : "/usr/bin/chromium"),
    ["check", ..] => CheckMeasurement.Run(
        args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("..", "shared", "bilingual", "tico-19"), perKind: 100),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Corpora).Assembly).Run(args);
    return 0;
}
