namespace Glossary.Checking;

/// <summary>One way a source term was rendered across a file, and the units (in file order) that render it so.</summary>
/// <param name="Text">The rendering as the glossary writes it (an English gloss, or a Chinese form).</param>
/// <param name="Units">The ids of the units that render the term so.</param>
public sealed record RenderingVariant(string Text, IReadOnlyList<string> Units);
