using Microsoft.Playwright;

namespace Glossary.Browser.Tests;

/// <summary>
/// Debian's chromium, driven by Playwright through its executable path (never a downloaded browser, never
/// <c>playwright install</c>). <c>$GLOSSARY_CHROMIUM</c> names another executable. When the browser cannot start,
/// every test that needs it fails with a message saying why: there is no silent skip.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _failure;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("GLOSSARY_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>The browser; fails the calling test with the reason when it could not start.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(_failure);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            _failure = $"chromium is not installed at {ExecutablePath}: install Debian's package (apt-get install chromium; .ci/run does it when missing) or set GLOSSARY_CHROMIUM.";
            return;
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            _failure = $"chromium at {ExecutablePath} could not start: {e.Message}";
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class InChromium : ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}
