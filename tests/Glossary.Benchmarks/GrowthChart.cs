using System.Globalization;
using System.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// Draws growth.tsv (see <see cref="Growth"/>) as an SVG chart, log-log: characters indexed across, one line per
/// figure, each in its own unit (named in the legend) on one logarithmic scale, and a dotted line of slope 1 through
/// the first indexing time, so "linear" can be read off. Plain SVG written here: no network, no plotting package.
/// </summary>
public static class GrowthChart
{
    private static readonly (string Column, string Label, string Colour)[] Series =
    [
        ("index_s", "indexing time (s)", "#1f77b4"),
        ("annotate_s", "annotation time, CC-CEDICT + glossary (s)", "#17becf"),
        ("peak_mib", "peak resident memory, indexing (MiB)", "#d62728"),
        ("peak_anon_mib", "peak anonymous memory (heap), indexing (MiB)", "#bcbd22"),
        ("index_mb", "index size (MB)", "#8c564b"),
        ("rare_p50_ms", "look-up p50, rare term, all occurrences (ms)", "#2ca02c"),
        ("frequent_p50_ms", "look-up p50, frequent term, all occurrences (ms)", "#ff7f0e"),
        ("huge_limit10_p50_ms", "look-up p50, most frequent term, limit 10 (ms)", "#9467bd"),
        ("search_rare_p50_ms", "search p50, rare term, top 10 (ms)", "#e377c2"),
        ("search_two_words_p50_ms", "search p50, two words, top 10 (ms)", "#7f7f7f"),
    ];

    private const double Width = 900, Height = 560, Left = 70, Right = 340, Top = 40, Bottom = 60;

    public static int Run(string input, string output)
    {
        var lines = File.ReadAllLines(input).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        var rows = lines.Skip(1).Select(l => l.Split('\t')).OrderBy(r => Value(header, r, "chars")).ToList();
        double X(string[] row) => Value(header, row, "chars");

        var xs = rows.Select(X).ToList();
        var ys = Series.SelectMany(s => rows.Select(r => Value(header, r, s.Column))).Where(v => v > 0).ToList();
        // Sizes are a little over a power of ten (1,000,830 characters): no decade is added for that.
        var (x0, x1) = (Math.Floor(Math.Log10(xs.Min()) + 0.01), Math.Ceiling(Math.Log10(xs.Max()) - 0.01));
        var (y0, y1) = (Math.Floor(Math.Log10(ys.Min())), Math.Ceiling(Math.Log10(ys.Max())));
        x1 = Math.Max(x1, x0 + 1);
        y1 = Math.Max(y1, y0 + 1);
        double Px(double x) => Left + ((Math.Log10(x) - x0) / (x1 - x0) * (Width - Left - Right));
        double Py(double y) => Height - Bottom - ((Math.Log10(y) - y0) / (y1 - y0) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(Inv($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        svg.Append(Inv($"<text x=\"{Left}\" y=\"22\" font-size=\"15\">Cost as the corpus grows (log-log): the real corpus repeated to 1 M, 10 M, 100 M characters</text>\n"));

        // Grid: one line per decade each way, with 2 and 5 as faint lines between.
        for (var d = x0; d <= x1; d++)
        {
            var px = Px(Math.Pow(10, d));
            svg.Append(Inv($"<line x1=\"{px:F1}\" y1=\"{Top}\" x2=\"{px:F1}\" y2=\"{Height - Bottom}\" stroke=\"#ccc\"/>\n"));
            svg.Append(Inv($"<text x=\"{px:F1}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{Characters(Math.Pow(10, d))}</text>\n"));
        }

        for (var d = y0; d <= y1; d++)
        {
            var py = Py(Math.Pow(10, d));
            svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{py:F1}\" x2=\"{Width - Right}\" y2=\"{py:F1}\" stroke=\"#ccc\"/>\n"));
            svg.Append(Inv($"<text x=\"{Left - 6}\" y=\"{py + 4:F1}\" text-anchor=\"end\">{Math.Pow(10, d).ToString("G", CultureInfo.InvariantCulture)}</text>\n"));
            foreach (var m in new[] { 2.0, 5.0 })
            {
                if (d < y1)
                {
                    var pm = Py(m * Math.Pow(10, d));
                    svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{pm:F1}\" x2=\"{Width - Right}\" y2=\"{pm:F1}\" stroke=\"#eee\"/>\n"));
                }
            }
        }

        svg.Append(Inv($"<text x=\"{(Left + Width - Right) / 2:F1}\" y=\"{Height - 18}\" text-anchor=\"middle\">characters indexed</text>\n"));
        svg.Append(Inv($"<text transform=\"translate(18 {(Top + Height - Bottom) / 2:F1}) rotate(-90)\" text-anchor=\"middle\">value, in the unit of each line</text>\n"));

        // Slope 1 through the first indexing time: a line parallel to it grows linearly.
        var first = rows[0];
        var (fx, fy) = (X(first), Value(header, first, "index_s"));
        var lastX = xs.Max();
        svg.Append(Inv($"<line x1=\"{Px(fx):F1}\" y1=\"{Py(fy):F1}\" x2=\"{Px(lastX):F1}\" y2=\"{Py(fy * lastX / fx):F1}\" stroke=\"#1f77b4\" stroke-dasharray=\"2 4\"/>\n"));

        var legendY = Top + 10.0;
        foreach (var (column, label, colour) in Series)
        {
            var points = rows.Select(r => (X: X(r), Y: Value(header, r, column))).Where(p => p.Y > 0).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            svg.Append(Inv($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(p => Inv($"{Px(p.X):F1},{Py(p.Y):F1}")))}\"/>\n"));
            foreach (var p in points)
            {
                svg.Append(Inv($"<circle cx=\"{Px(p.X):F1}\" cy=\"{Py(p.Y):F1}\" r=\"3\" fill=\"{colour}\"><title>{label}: {(p.Y >= 100 ? p.Y.ToString("#,0", CultureInfo.InvariantCulture) : p.Y.ToString("G3", CultureInfo.InvariantCulture))} at {Characters(p.X)}</title></circle>\n"));
            }

            svg.Append(Inv($"<line x1=\"{Width - Right + 15}\" y1=\"{legendY:F1}\" x2=\"{Width - Right + 35}\" y2=\"{legendY:F1}\" stroke=\"{colour}\" stroke-width=\"2\"/>\n"));
            svg.Append(Inv($"<text x=\"{Width - Right + 40}\" y=\"{legendY + 4:F1}\">{label}</text>\n"));
            legendY += 20;
        }

        svg.Append(Inv($"<line x1=\"{Width - Right + 15}\" y1=\"{legendY:F1}\" x2=\"{Width - Right + 35}\" y2=\"{legendY:F1}\" stroke=\"#1f77b4\" stroke-dasharray=\"2 4\"/>\n"));
        svg.Append(Inv($"<text x=\"{Width - Right + 40}\" y=\"{legendY + 4:F1}\">linear (slope 1), for comparison</text>\n"));
        svg.Append("</svg>\n");
        File.WriteAllText(output, svg.ToString());
        Console.WriteLine($"growth chart: {output} ({rows.Count} sizes)");
        return 0;
    }

    // A column the file does not have (written before it was added) reads as 0: no point drawn.
    private static double Value(string[] header, string[] row, string column) =>
        Array.IndexOf(header, column) is var i and >= 0 && i < row.Length ? double.Parse(row[i], CultureInfo.InvariantCulture) : 0;

    private static string Characters(double x) => x >= 1e6 ? Inv($"{x / 1e6:#,0.#} M") : Inv($"{x / 1e3:#,0.#} k");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
