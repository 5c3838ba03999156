namespace Glossary.Reading;

/// <summary>
/// One unit of a bilingual document in a <see cref="ReadingView"/>: where its Chinese side sits in
/// <see cref="ReadingView.Text"/>, and the unit's other side, shown beside it.
/// </summary>
/// <param name="Id">The unit's id as the file gives it.</param>
/// <param name="Offset">Start of the unit's Chinese text in <see cref="ReadingView.Text"/>, in UTF-16 code units.</param>
/// <param name="Length">Length of the unit's Chinese text.</param>
/// <param name="Language">The other side's language tag, or <see langword="null"/> for a unit not translated.</param>
/// <param name="Translation">The other side's text, or <see langword="null"/>.</param>
public sealed record ReadingUnit(string Id, int Offset, int Length, string? Language, string? Translation);
