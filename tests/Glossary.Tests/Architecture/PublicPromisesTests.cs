using System.Collections;
using Glossary.Querying;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Tests.Architecture;

// The public types keep their promises: what an immutable type hands out cannot be changed through a cast, and a
// result cannot be made by a caller (so its count can never be out of step with its list).
public sealed class PublicPromisesTests : IClassFixture<ArticleIndexFixture>
{
    private readonly CorpusIndex _index;

    public PublicPromisesTests(ArticleIndexFixture fixture) => _index = fixture.Index;

    public static TheoryData<Type> ResultTypes() =>
    [
        typeof(TermReport), typeof(TermOccurrence), typeof(PassageHit), typeof(SearchResults), typeof(SpinSubstitution),
        typeof(SpinReport), typeof(SpinReplacement), typeof(RestoredText),
    ];

    [Theory]
    [MemberData(nameof(ResultTypes))]
    public void AResultType_HasNoPublicConstructor(Type type)
    {
        Assert.Empty(type.GetConstructors());
        Assert.True(type.IsSealed, $"{type.Name} is not sealed");
    }

    [Fact]
    public void TermBase_AndItsEntries_HandOutNoListThatCanBeChanged()
    {
        var terms = SampleCorpus.Glossary;
        var entry = terms.Find("大买卖")!;

        AssertReadOnly(terms.Entries);
        AssertReadOnly(terms.Issues);
        AssertReadOnly(entry.Forms);
        AssertReadOnly(entry.Translations);
        AssertReadOnly(entry.Variants);
        AssertReadOnly(entry.Glosses);
        AssertReadOnly(terms.FindAll("大买卖"));
        AssertReadOnly(terms.FindByGloss("bargain"));
        AssertReadOnly(terms.Annotate("美国的大买卖"));
        AssertReadOnly(TermBase.Combine(terms, new TermBase([new TermEntry("新词", ["new word"])])).Entries);
    }

    [Fact]
    public void Results_HandOutNoListThatCanBeChanged()
    {
        var report = _index.Lookup("大买卖");
        var hits = _index.Search("大买卖");
        var spin = SpinTable.Bundled.Analyze(SampleCorpus.Article);

        AssertReadOnly(report.Occurrences);
        AssertReadOnly(hits);
        AssertReadOnly(hits[0].Highlights);
        AssertReadOnly(hits[0].Terms);
        AssertReadOnly(spin.Evidence);
        AssertReadOnly(spin.Substitutions);
        AssertReadOnly(spin.Gaps);
        AssertReadOnly(spin.Restore().Replacements);
        AssertReadOnly(_index.GetDocumentKeys());
    }

    [Fact]
    public void ATermEntry_KeepsItsFormsWhateverTheCallerDoesWithItsLists()
    {
        var forms = new List<Designation> { new("大买卖"), new("大交易") };
        var glosses = new List<Designation> { new("grand bargain") };
        var entry = new TermEntry(forms, glosses);

        forms[1] = new Designation("改了");
        glosses.Clear();

        Assert.Equal(["大交易"], entry.Variants);
        Assert.Equal(["grand bargain"], entry.Glosses);
    }

    [Fact]
    public void SearchResults_TotalIsNeverBelowTheHitsReturned_AndCountsWhatTheLimitLeftOut()
    {
        var all = _index.Search("大买卖", limit: 1000);
        var two = _index.Search("大买卖", limit: 2);

        Assert.Equal(2, two.Count);
        Assert.Equal(all.Count, two.Total);
        Assert.Equal(all.Total, two.Total);
    }

    // A list handed out is read-only, also when a caller casts it to what it might be underneath.
    private static void AssertReadOnly(IEnumerable list)
    {
        Assert.False(list is Array, $"{list.GetType().Name} is an array");
        Assert.False(list is IList { IsReadOnly: false }, $"{list.GetType().Name} can be changed");
        Assert.False(list.GetType().IsGenericType && list.GetType().GetGenericTypeDefinition() == typeof(List<>), "a List<T> can be changed");
    }
}
