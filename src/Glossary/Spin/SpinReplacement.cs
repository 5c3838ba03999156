namespace Glossary.Spin;

/// <summary>One replacement in a <see cref="RestoredText"/>.</summary>
public sealed class SpinReplacement
{
    internal SpinReplacement(SpinSubstitution substitution, int offset, int length) => (Substitution, Offset, Length) = (substitution, offset, length);

    /// <summary>The substitution undone: its offset and length are in the text as written.</summary>
    public SpinSubstitution Substitution { get; }

    /// <summary>Where the original starts in the restored text.</summary>
    public int Offset { get; }

    /// <summary>The original's length in the restored text.</summary>
    public int Length { get; }
}
