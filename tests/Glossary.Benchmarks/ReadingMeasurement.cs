using System.Diagnostics;
using System.Globalization;
using System.Text;
using Glossary.Dictionaries;
using Glossary.Reading;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Terms;
using Microsoft.Playwright;

namespace Glossary.Benchmarks;

// The reading view's figures (docs/benchmarks.md): for the bundled article and a generated document of a million
// characters (the article again and again), the page's size, the time to build and write it as the tool does after
// start-up (spin analysis glossed with CC-CEDICT, view, atomic write; best of 5 after a warm-up), and, in Debian's
// chromium, the time to interactive (navigation start to the script's "reading-ready" mark), the worst frame of a
// scroll trace (120 frames, 600 px each) and the time to show a popup. Timings, not assertions: nothing here fails.
internal static class ReadingMeasurement
{
    public static async Task<int> RunAsync(string chromium)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"glossary-reading-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var large = new StringBuilder();
            while (large.Length < 1_000_000)
            {
                large.Append(SampleCorpus.Article).Append('\n');
            }

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
            foreach (var (name, text) in new[] { ("article", SampleCorpus.Article), ("1M characters", large.ToString()) })
            {
                var path = Path.Combine(folder, name.Replace(' ', '-') + ".html");
                var write = await WriteAsync(text, path);
                var (interactive, worstFrame, popup) = await MeasureAsync(browser, path);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {text.Length:N0} characters, page {new FileInfo(path).Length / 1024.0:N0} KB, written in {write:N0} ms, " +
                    $"interactive in {interactive:N0} ms, worst scroll frame {worstFrame:N0} ms, popup in {popup:N1} ms (median of 50)"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static async Task<double> WriteAsync(string text, string path)
    {
        var glosses = TermBase.Combine(SampleCorpus.Glossary, CcCedict.Dictionary);
        var options = ReadingOptions.Default with { Title = "bench", Terms = SampleCorpus.Glossary };
        var best = double.MaxValue;
        for (var i = 0; i < 6; i++)
        {
            var clock = Stopwatch.StartNew();
            var view = ReadingView.Create(SpinTable.Bundled.Analyze(text, glosses), options);
            await ReadingHtml.SaveAsync(view, path);
            if (i > 0)
            {
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
        }

        return best;
    }

    private static async Task<(double Interactive, double WorstFrame, double Popup)> MeasureAsync(IBrowser browser, string path)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync("file://" + path, new() { Timeout = 300_000 });
        await page.WaitForSelectorAsync("body[data-ready=true]", new() { Timeout = 300_000 });
        var interactive = await page.EvaluateAsync<double>("() => performance.getEntriesByName('reading-ready')[0].startTime");
        var worst = await page.EvaluateAsync<double>("""
            () => new Promise(done => {
              let last = performance.now(), worst = 0, frames = 0;
              const tick = (now) => {
                worst = Math.max(worst, now - last); last = now;
                if (++frames > 120) { done(worst); return; }
                scrollBy(0, 600);
                requestAnimationFrame(tick);
              };
              requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
            })
            """);
        var popup = await page.EvaluateAsync<double>("""
            async () => {
              const marks = document.querySelectorAll('#text [data-o]'), times = [];
              for (let i = 0; i < 50; i++) {
                const el = marks[Math.floor(i * marks.length / 50)];
                el.scrollIntoView({ block: 'center' });
                // Two frames and a pause, so the paragraphs scrolled into view are rendered before the clock starts.
                for (let f = 0; f < 2; f++) await new Promise(r => requestAnimationFrame(r));
                await new Promise(r => setTimeout(r, 50));
                const t0 = performance.now();
                el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
                await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                times.push(performance.now() - t0);
              }
              times.sort((a, b) => a - b);
              return times[25];
            }
            """);
        await page.CloseAsync();
        return (interactive, worst, popup);
    }
}
