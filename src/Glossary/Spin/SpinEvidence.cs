namespace Glossary.Spin;

/// <summary>A fingerprint of a spinner and how often the text holds it.</summary>
/// <param name="Form">The fingerprint as written (可以或许).</param>
/// <param name="Count">Its occurrences in the text.</param>
public sealed record SpinEvidence(string Form, int Count);
