
namespace Glossary.Formats;

/// <summary>
/// The columns a CSV glossary is written with, chosen for the tool that will read it. Every layout is read back by
/// <see cref="GlossaryFile"/> (the OmegaT layout is recognised by its first line, a <c>#</c> comment OmegaT skips).
/// </summary>
public enum CsvLayout
{
    /// <summary>
    /// This library's own layout: a header row (<c>term</c>, <c>gloss</c>, <c>pinyin</c>, <c>note</c>,
    /// <c>variants</c>, <c>definition</c>, <c>status</c>, part of speech, term status), one row per gloss; keeps
    /// everything but comments. OmegaT reads its header row as an entry and shows the pinyin as the comment.
    /// </summary>
    Full = 0,

    /// <summary>
    /// OmegaT's layout: term, translation, comment, one row per gloss, no header row. The pinyin, variants, the gloss's
    /// status and the note are folded into the comment (<c>pinyin: dà mǎimài; variants: 大交易|大買賣; note: …</c>), so
    /// OmegaT shows them all and this library reads them back. The file starts with <c># term,translation,comment</c>
    /// and the glossary's comments as <c>#</c> lines, which OmegaT skips. No place for definitions, parts of speech or
    /// the status of a Chinese form.
    /// </summary>
    OmegaT,

    /// <summary>
    /// memoQ's layout: a header naming the languages as memoQ exports a term base (<c>Entry_Note</c>,
    /// <c>Chinese (PRC)</c> once per form, <c>English (United States)_Def</c>, <c>English (United States)</c> once per
    /// gloss) and a <c>Pinyin</c> column, one row per entry. No place for statuses (memoQ keeps them in a field whose
    /// CSV encoding it does not document) or parts of speech.
    /// </summary>
    MemoQ,
}
