namespace Glossary.Bilingual;

/// <summary>
/// One language of a translation unit: its language tag as the file writes it, and its text as extracted (inline
/// codes dropped, the text inside formatting kept; see docs/bilingual.md). Offsets into a unit's text are UTF-16 code
/// units of <see cref="Text"/>.
/// </summary>
/// <param name="Language">The language tag (<c>zh-CN</c>, <c>en-US</c>, <c>zh</c>), or <c>und</c> when the file does not say.</param>
/// <param name="Text">The extracted text.</param>
public sealed record UnitText(string Language, string Text);
