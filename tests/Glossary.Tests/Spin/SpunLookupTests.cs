using Glossary.Querying;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Testing;

namespace Glossary.Tests.Spin;

// Look-ups and searches through spin: in the article (judged spun) an original form finds its spun forms, each
// occurrence naming the form as written; in clean documents nothing but the form itself is found.
public sealed class SpunLookupTests : IAsyncLifetime
{
    private const string Craft = "老师傅的手艺很好，他正在教徒弟。"; // a real 手艺 and a real 正在, in clean text
    private readonly CorpusIndex _index = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
    private string _clean = string.Empty;

    public async Task InitializeAsync()
    {
        _clean = await File.ReadAllTextAsync(Repository.PathOf("tests", "Glossary.Tests", "Fixtures", "CleanProse", "technical-debian-installation-guide.txt"));
        await _index.AddDocumentsAsync([("article", SampleCorpus.Article), ("clean", _clean), ("craft", Craft)]);
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void TheIndex_StoresEachDocumentsVerdict()
    {
        Assert.Equal(SpinVerdict.Spun, _index.GetSpinVerdict("article"));
        Assert.Equal(SpinVerdict.Clean, _index.GetSpinVerdict("clean"));
        Assert.Equal(SpinVerdict.Clean, _index.GetSpinVerdict("craft"));
        Assert.Null(_index.GetSpinVerdict("none"));
    }

    [Theory]
    [InlineData("移民", "移平易近", 8)]
    [InlineData("技术", "手艺", 23)]
    [InlineData("军民融合", "军平易近融合", 1)]
    public void Lookup_AnOriginalForm_FindsItsSpunFormsInTheSpunDocument_NamingEach(string query, string spun, int expected)
    {
        var report = _index.Lookup(query);

        var inArticle = report.Occurrences.Where(o => o.Document == "article").ToList();
        Assert.Equal(expected, Scan.Count(SampleCorpus.Article, spun));
        Assert.Equal(Scan.Offsets(SampleCorpus.Article, spun), inArticle.Select(o => o.Offset));
        Assert.All(inArticle, o =>
        {
            Assert.Equal(spun, o.Match);
            Assert.Equal(query, o.SpunFormOf);
            Assert.Equal(spun, SampleCorpus.Article.Substring(o.Offset, o.Length));
        });
        Assert.Equal(Scan.Count(_clean, query) + Scan.Count(Craft, query), report.Occurrences.Count(o => o.Document != "article"));
        Assert.All(report.Occurrences.Where(o => o.Document != "article"), o => Assert.Null(o.SpunFormOf));
    }

    [Fact]
    public void Lookup_大交易_FindsThe21Of大买卖_AsItsSpunForm()
    {
        var report = _index.Lookup("大交易");

        Assert.Equal(21, report.Count);
        Assert.All(report.Occurrences, o => Assert.Equal(("大买卖", "大交易"), (o.Match, o.SpunFormOf)));
    }

    [Fact]
    public void Lookup_WithoutSpunForms_FindsOnlyTheFormAsWritten()
    {
        var report = _index.Lookup("技术", LookupOptions.Default with { IncludeSpunForms = false });

        Assert.Equal(Scan.Count(_clean, "技术"), report.Count);
        Assert.All(report.Occurrences, o => Assert.Equal("技术", o.Match));
    }

    [Fact]
    public void Lookup_ASpunFormInACleanDocument_IsNotTakenForTheOriginal()
    {
        Assert.DoesNotContain(_index.Lookup("技术").Occurrences, o => o.Document == "craft");
        Assert.DoesNotContain(_index.Lookup("在").Occurrences, o => o.Document == "craft" && o.Match == "正在");
        Assert.Equal(1, _index.Lookup("手艺").Occurrences.Count(o => o.Document == "craft"));
    }

    [Fact]
    public void Search_AnOriginalForm_FindsPassagesWithItsSpunForm_OnlyInTheSpunDocument()
    {
        var hits = _index.Search("移民", limit: 50);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("article", h.Document));
        Assert.All(hits, h => Assert.Contains("移平易近", h.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(_index.Search("技术", limit: 50), h => h.Document == "craft");
    }

    // The look-up verifies a spun form locally, in the passage's window; the reading (SpinTable.Analyze) restores the
    // whole document. The two must agree: every restored substitution of the article is found by a look-up of its
    // original, at its offset, named as spun; and no occurrence of those originals is named spun where the reading
    // left the text as written.
    [Fact]
    public void Lookup_SpunOccurrences_AreExactlyTheSubstitutionsTheReadingRestores()
    {
        var restored = _index.SpinTable.Analyze(SampleCorpus.Article).Substitutions
            .Where(s => s.Restored && !s.Original.Contains('/', StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(restored);

        var disagreements = new List<string>();
        foreach (var original in restored.Select(s => s.Original).Distinct(StringComparer.Ordinal))
        {
            var expected = restored.Where(s => s.Original == original).Select(s => (s.Offset, s.Spun)).ToHashSet();
            var found = _index.Lookup(original).Occurrences
                .Where(o => o.Document == "article" && o.SpunFormOf == original)
                .Select(o => (o.Offset, Spun: o.Match))
                .ToHashSet();
            disagreements.AddRange(expected.Except(found).Select(e => $"{original}: {e.Spun} at {e.Offset} restored, not found"));
            disagreements.AddRange(found.Except(expected).Select(f => $"{original}: {f.Spun} at {f.Offset} found, not restored"));
        }

        Assert.Empty(disagreements);
    }
}
