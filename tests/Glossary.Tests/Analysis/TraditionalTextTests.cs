using Glossary.Samples;

namespace Glossary.Tests.Analysis;

public sealed class TraditionalTextTests
{
    [Fact]
    public async Task EntryWithATraditionalVariant_FindsBothForms_InTextSmartCnSplitsIntoSingleCharacters()
    {
        const string text = "美國的大買賣，也就是美国的大买卖。";
        using var index = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
        await index.AddDocumentAsync("d", text);

        var report = index.Lookup("大买卖");

        Assert.Contains("大買賣", SampleCorpus.Glossary.Find("大买卖")!.Variants);
        Assert.Equal(["大買賣", "大买卖"], report.Occurrences.Select(o => o.Match));
        Assert.Equal([text.IndexOf("大買賣", StringComparison.Ordinal), text.IndexOf("大买卖", StringComparison.Ordinal)], report.Occurrences.Select(o => o.Offset));
        Assert.Equal(1, index.Lookup("買賣").Count);
        Assert.Same(index.Lookup("大買賣").Entry, report.Entry);
    }
}
