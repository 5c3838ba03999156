using Lucene.Net.Store;

namespace Glossary.Errors;

// What Lucene says when an index cannot be used, in the words of the person at the keyboard.
internal static class IndexErrors
{
    // Lucene reports a damaged or foreign index as an IOException of some kind (CorruptIndexException, a format
    // exception, end of file, a missing file), and a compound file cut short as an ArgumentException while opening
    // (our own arguments are checked before that, and at query time an ArgumentException is the caller's). A locked
    // index is the write lock's business, handled where it is taken.
    public static bool IsDamage(Exception e, bool opening) =>
        e is IOException and not LockObtainFailedException || (opening && e is ArgumentException);

    public static GlossaryException Damaged(string path, Exception e) =>
        new($"The index in '{path}' is damaged or unreadable ({e.Message.TrimEnd('.')}). Re-index the documents into a new folder.", e);

    public static GlossaryException InUse(Exception e) =>
        new("The index is in use by another process (its folder is locked for writing). Close that process, or use another folder.", e);
}
