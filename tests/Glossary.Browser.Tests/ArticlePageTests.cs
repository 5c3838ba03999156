using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Glossary.Browser.Tests;

// The bundled article's page in chromium, checked against the tool's own answers, with real pointer and keyboard.
[Collection(InChromium.Name)]
public sealed class ArticlePageTests(Chromium chromium, ArticleFixture article) : IClassFixture<ArticleFixture>
{
    [Fact]
    public async Task Text_IsExactlyAsWritten()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);

        Assert.Equal(article.Text, await page.TextAsync());
    }

    [Fact]
    public async Task MarkedTerms_EqualTheExactCountsOfGlossaryTerms()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);

        var marked = await page.MarkedCountsAsync();

        Assert.Equal(article.Terms.ToDictionary(t => t.Key, t => t.Value.Count).OrderBy(p => p.Key, StringComparer.Ordinal),
            marked.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryMarkedTerm_ShowsItsGlossOnHover()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);
        var firstPieces = await FirstPiecesAsync(page);
        Assert.Equal(article.Terms.Values.Sum(t => t.Count), firstPieces.Count);

        for (var i = 0; i < firstPieces.Count; i++)
        {
            var (index, term) = firstPieces[i];
            // Each hover starts from nothing open: the pointer off the text and the popup closed, so the popup of the
            // mark before can neither cover this one nor be the one seen. The popup is then awaited, not polled once:
            // on a loaded machine the page may take a moment to answer the pointer.
            await page.Page.Mouse.MoveAsync(0, 0);
            await page.Page.Keyboard.PressAsync("Escape");
            await page.Page.Locator("#text [data-o]").Nth(index).HoverAsync();
            var popup = page.Page.Locator("#pop");
            try
            {
                await popup.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"no popup within 10 s of hovering mark {index} ({term})");
            }

            Assert.Contains(article.Terms[term].Glosses[0], await popup.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryMark_IsReachedByTab_AndEnterOpensAndEscapeClosesItsPopup()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);
        var marks = await page.EvalAsync<int>("() => document.querySelectorAll('#text [data-o], #text [data-s], #text .gap').length");
        var glossesSeen = new HashSet<string>(StringComparer.Ordinal);
        await page.Page.FocusAsync("#find");
        await page.Page.Keyboard.PressAsync("Tab"); // ↑
        await page.Page.Keyboard.PressAsync("Tab"); // ↓
        for (var i = 0; i < marks; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            await page.Page.Keyboard.PressAsync("Enter");
            var state = JsonSerializer.Deserialize<JsonElement>(await page.EvalAsync<string>("""
                () => {
                  const el = document.activeElement, pop = document.getElementById('pop');
                  const D = JSON.parse(document.getElementById('reading-data').textContent);
                  const terms = el.dataset.o ? el.dataset.o.split(' ').map(o => D.entries[D.occ[2 * o]].forms[0][0]) : [];
                  return JSON.stringify({ inText: !!el.closest('#text'), terms, open: !pop.hidden, popup: pop.textContent, described: el.getAttribute('aria-describedby') });
                }
                """));
            Assert.True(state.GetProperty("inText").GetBoolean(), $"Tab {i + 1} left the text before every mark was reached");
            Assert.True(state.GetProperty("open").GetBoolean());
            Assert.Equal("pop", state.GetProperty("described").GetString());
            foreach (var term in state.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!))
            {
                Assert.Contains(article.Terms[term].Glosses[0], state.GetProperty("popup").GetString(), StringComparison.Ordinal);
                glossesSeen.Add(term);
            }
        }

        await page.Page.Keyboard.PressAsync("Escape");
        Assert.True(await page.EvalAsync<bool>("() => document.getElementById('pop').hidden"));
        Assert.Equal(article.Terms.Keys.Order(StringComparer.Ordinal), glossesSeen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RestoredReading_IsTheRestoreCommandsText_AndTurnsBack()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);

        await page.Page.CheckAsync("#opt-restored");
        Assert.Equal(article.Restored, await page.TextAsync());
        Assert.True(await page.EvalAsync<int>("() => document.querySelectorAll('#text .r').length") > 0);
        await page.ScreenshotAsync("article-restored.png");

        await page.Page.UncheckAsync("#opt-restored");
        Assert.Equal(article.Text, await page.TextAsync());
    }

    [Fact]
    public async Task PinyinAndToneToggles_ChangeThePage_AndAreRemembered()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);
        Assert.Equal(0, await page.EvalAsync<int>("() => document.querySelectorAll('#text rt').length"));

        await page.Page.CheckAsync("#opt-pinyin");
        // 大买卖 dà mǎimài: one syllable over each character.
        var ruby = await page.EvalAsync<string[]>("""
            () => { const el = [...document.querySelectorAll('#text [data-o]')].find(e => e._w === '大买卖');
                    return [...el.querySelectorAll('rt')].map(r => r.textContent); }
            """);
        Assert.Equal(["dà", "mǎi", "mài"], ruby);
        await page.ScreenshotAsync("article-pinyin.png");

        await page.Page.CheckAsync("#opt-tones");
        var colour = await page.EvalAsync<string>("() => getComputedStyle(document.querySelector('#text ruby.t4 rt')).color");
        Assert.Equal("rgb(22, 86, 184)", colour);

        await page.LoadAsync();
        Assert.True(await page.Page.IsCheckedAsync("#opt-pinyin"));
        Assert.True(await page.Page.IsCheckedAsync("#opt-tones"));
        Assert.True(await page.EvalAsync<int>("() => document.querySelectorAll('#text rt').length") > 0);

        await page.Page.UncheckAsync("#opt-pinyin");
        await page.Page.UncheckAsync("#opt-tones");
        Assert.Equal(0, await page.EvalAsync<int>("() => document.querySelectorAll('#text rt').length"));
        Assert.Equal(article.Text, await page.TextAsync());
    }

    [Fact]
    public async Task SidePanel_CountsEveryTerm_AndStepsThroughItsOccurrences()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);
        var listed = await page.EvalAsync<string[][]>("""
            () => [...document.querySelectorAll('#terms button')].map(b => [b.querySelector('.f').textContent, b.querySelector('.n').textContent])
            """);
        Assert.Equal(article.Terms.Count, listed.Length);
        Assert.All(listed, row => Assert.Equal(article.Terms[row[0]].Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), row[1]));
        Assert.Equal(listed.Select(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)).OrderByDescending(c => c),
            listed.Select(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)));

        var (term, (count, _)) = article.Terms.MaxBy(t => t.Value.Count);
        await page.Page.ClickAsync($"#terms button:has(.f:text-is('{term}'))");
        var visited = new List<double>();
        for (var i = 1; i <= count; i++)
        {
            Assert.Equal($"{i} of {count}", await page.Page.TextContentAsync("#step-pos"));
            visited.Add(await page.EvalAsync<double>($$"""
                () => { const cur = document.querySelectorAll('#text .cur'); if (cur.length !== 1) return -1;
                        const D = JSON.parse(document.getElementById('reading-data').textContent);
                        const ok = cur[0].dataset.o.split(' ').some(o => D.entries[D.occ[2 * o]].forms[0][0] === '{{term}}');
                        return ok ? [...document.querySelectorAll('#text [data-o]')].indexOf(cur[0]) : -1; }
                """));
            await page.Page.ClickAsync("#step-next");
        }

        Assert.Equal($"1 of {count}", await page.Page.TextContentAsync("#step-pos"));
        Assert.DoesNotContain(-1, visited);
        Assert.Equal(visited.Order(), visited);
        Assert.Equal(count, visited.Distinct().Count());
        await page.Page.ClickAsync("#step-prev");
        Assert.Equal($"{count} of {count}", await page.Page.TextContentAsync("#step-pos"));
    }

    [Theory]
    [InlineData("大买卖")]
    [InlineData("的")]
    [InlineData("AI")]
    [InlineData("可以或许")]
    [InlineData("。“")]
    [InlineData("不在文中的字符串")]
    public async Task FindBox_CountsAsAnOrdinalScan(string needle)
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);

        await page.Page.FillAsync("#find", needle);

        var expected = OrdinalCount(article.Text, needle);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.EvalAsync<string>("() => document.getElementById('text').dataset.found"));
        Assert.Equal(expected == 0 ? "no match" : expected == 1 ? "1 match" : $"{expected:N0} matches", await page.Page.TextContentAsync("#find-count"));
    }

    [Fact]
    public async Task Page_MakesNoRequest_LogsNoError_AndHasNoSeriousAccessibilityViolation()
    {
        await using var page = await ReadingPage.OpenAsync(chromium, article.PagePath);
        await page.ScreenshotAsync("article.png");
        await page.Page.Locator("#text [data-o]").First.HoverAsync();
        await page.ScreenshotAsync("article-popup.png");
        await page.Page.CheckAsync("#opt-pinyin");
        await page.Page.CheckAsync("#opt-restored");
        await page.Page.FillAsync("#find", "大买卖");
        await page.Page.ClickAsync("#terms button");

        var axe = await page.Page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(' ', n.Target)))}")
            .ToList();

        Assert.Empty(page.Requests);
        Assert.Empty(page.Errors);
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    // The first element of each glossary occurrence (an occurrence crossed by a substitution is cut in pieces), with its headword.
    private static async Task<List<(int Index, string Term)>> FirstPiecesAsync(ReadingPage page)
    {
        var json = await page.EvalAsync<string>("""
            () => {
              const D = JSON.parse(document.getElementById('reading-data').textContent);
              const seen = new Set(), firsts = [];
              document.querySelectorAll('#text [data-o]').forEach((el, i) => {
                for (const o of el.dataset.o.split(' ')) if (!seen.has(o)) {
                  seen.add(o); const e = D.entries[D.occ[2 * o]]; if (!e.word) firsts.push([i, e.forms[0][0]]);
                }
              });
              return JSON.stringify(firsts);
            }
            """);
        return JsonSerializer.Deserialize<JsonElement[][]>(json)!.Select(p => (p[0].GetInt32(), p[1].GetString()!)).ToList();
    }

    internal static int OrdinalCount(string text, string needle)
    {
        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
