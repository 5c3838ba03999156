
namespace Glossary.Interop.Tests;

/// <summary>The tests that run OmegaT: one probe, compiled once, and one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class OmegaTTests : ICollectionFixture<OmegaTProbe>
{
    public const string Name = "OmegaT";
}
