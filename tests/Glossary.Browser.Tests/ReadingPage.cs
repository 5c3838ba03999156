using System.Text.Json;
using Microsoft.Playwright;

namespace Glossary.Browser.Tests;

/// <summary>
/// A reading view open in chromium. The page is served from an address that exists only in the test
/// (http://reading.invalid/): every other request the page makes is recorded and refused, so "no network" is
/// checked on everything the page could ask for. Console errors and uncaught exceptions are recorded too.
/// </summary>
internal sealed class ReadingPage : IAsyncDisposable
{
    public const string Address = "http://reading.invalid/page.html";

    private readonly IBrowserContext _context;

    private ReadingPage(IBrowserContext context, IPage page) => (_context, Page) = (context, page);

    public IPage Page { get; }

    /// <summary>Requests other than the page itself.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Console errors and page errors.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<ReadingPage> OpenAsync(Chromium chromium, string path, BrowserNewContextOptions? options = null)
    {
        var context = await chromium.Browser.NewContextAsync(options ?? new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var reading = new ReadingPage(context, page);
        var html = await File.ReadAllBytesAsync(path);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == Address)
            {
                await route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", BodyBytes = html });
                return;
            }

            lock (reading.Requests)
            {
                reading.Requests.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                reading.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => reading.Errors.Add(error);
        await reading.LoadAsync();
        return reading;
    }

    /// <summary>Loads (or reloads) the page and waits until its script has run.</summary>
    public async Task LoadAsync()
    {
        await Page.GotoAsync(Address, new() { Timeout = 120_000 });
        await Page.WaitForSelectorAsync("body[data-ready=true]", new() { Timeout = 120_000 });
    }

    public async Task<T> EvalAsync<T>(string script, object? arg = null) => await Page.EvaluateAsync<T>(script, arg);

    /// <summary>The text container's textContent: the text as displayed (written or restored).</summary>
    public Task<string> TextAsync() => EvalAsync<string>("() => document.getElementById('text').textContent");

    /// <summary>Each glossary term's number of marked occurrences (distinct occurrence numbers), by headword.</summary>
    public async Task<Dictionary<string, int>> MarkedCountsAsync()
    {
        var json = await EvalAsync<string>("""
            () => {
              const D = JSON.parse(document.getElementById('reading-data').textContent);
              const seen = new Set();
              for (const el of document.querySelectorAll('#text [data-o]')) for (const o of el.dataset.o.split(' ')) seen.add(+o);
              const counts = {};
              for (const o of seen) { const e = D.entries[D.occ[2 * o]]; if (e.word) continue; const f = e.forms[0][0]; counts[f] = (counts[f] || 0) + 1; }
              return JSON.stringify(counts);
            }
            """);
        return JsonSerializer.Deserialize<Dictionary<string, int>>(json)!;
    }

    public async Task ScreenshotAsync(string name)
    {
        var folder = Glossary.Testing.Repository.PathOf("artifacts", "reading");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
