using Glossary.Spin;

namespace Glossary.Cli.Views;

/// <summary>A text's spin analysis and its restored reading.</summary>
internal sealed record RestoreView(SpinReport Report, RestoredText Restored);
