using System.Globalization;
using System.Text.Json;

namespace Glossary.Browser.Tests;

// A page of a million characters: the same checks as the article's, with in-page loops where driving the pointer
// over every mark would take hours (the article's tests use the real pointer and keyboard).
[Collection(InChromium.Name)]
public sealed class LargeDocumentTests(Chromium chromium, LargeDocumentFixture document) : IClassFixture<LargeDocumentFixture>
{
    [Fact]
    public async Task Text_IsExactlyAsWritten_AndMarkedTermsEqualTheExactCounts()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, document.PagePath);

        Assert.True(document.Text.Length >= LargeDocumentFixture.Characters);
        Assert.Equal(document.Text, await page.TextAsync());
        Assert.Equal(document.Terms.ToDictionary(t => t.Key, t => t.Value.Count).OrderBy(p => p.Key, StringComparer.Ordinal),
            (await page.MarkedCountsAsync()).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Empty(page.Requests);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task EveryMarkedTerm_ShowsItsGlossOnFocus()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, document.PagePath);
        var glosses = document.Terms.ToDictionary(t => t.Key, t => t.Value.Glosses[0]);

        var result = JsonSerializer.Deserialize<JsonElement>(await page.EvalAsync<string>("""
            (glosses) => {
              const D = JSON.parse(document.getElementById('reading-data').textContent);
              const pop = document.getElementById('pop');
              const seen = new Set(), failures = [];
              let checked = 0;
              for (const el of document.querySelectorAll('#text [data-o]')) {
                const fresh = el.dataset.o.split(' ').filter(o => !seen.has(o));
                if (!fresh.length) continue;
                el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
                for (const o of fresh) {
                  seen.add(o);
                  const e = D.entries[D.occ[2 * o]];
                  if (e.word) continue;
                  checked++;
                  if (pop.hidden || !pop.textContent.includes(glosses[e.forms[0][0]])) failures.push(e.forms[0][0]);
                }
              }
              return JSON.stringify({ checked, failures: failures.slice(0, 10) });
            }
            """, glosses));

        Assert.Equal(document.Terms.Values.Sum(t => t.Count), result.GetProperty("checked").GetInt32());
        Assert.Empty(result.GetProperty("failures").EnumerateArray());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task RestoredReading_FindBox_AndSidePanel_AgreeWithTheTool()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, document.PagePath);

        await page.Page.FillAsync("#find", "大买卖");
        Assert.Equal(ArticlePageTests.OrdinalCount(document.Text, "大买卖").ToString(CultureInfo.InvariantCulture),
            await page.EvalAsync<string>("() => document.getElementById('text').dataset.found"));

        var (term, (count, _)) = document.Terms.MaxBy(t => t.Value.Count);
        await page.Page.ClickAsync($"#terms button:has(.f:text-is('{term}'))");
        Assert.Equal($"1 of {count}", await page.Page.TextContentAsync("#step-pos"));
        await page.Page.ClickAsync("#step-prev");
        Assert.Equal($"{count} of {count}", await page.Page.TextContentAsync("#step-pos"));
        var listed = await page.EvalAsync<string>($"() => document.querySelector(\"#terms button[aria-pressed=true] .n\").textContent");
        Assert.Equal(count.ToString("N0", CultureInfo.InvariantCulture), listed);

        await page.Page.CheckAsync("#opt-restored");
        Assert.Equal(document.Restored, await page.TextAsync());
        Assert.Empty(page.Requests);
        Assert.Empty(page.Errors);
    }
}
