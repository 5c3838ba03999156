namespace Glossary.Errors;

/// <summary>
/// The base of every error the library raises on purpose: bad input, a glossary file it cannot read, an index it
/// cannot open. The message is written for the person at the keyboard: what is wrong, where, and what would be right.
/// </summary>
public class GlossaryException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public GlossaryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the error that caused it.</summary>
    public GlossaryException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
