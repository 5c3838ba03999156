namespace Glossary.Spin;

/// <summary>A restored reading of a spun text, with every replacement and a map back to the text as written.</summary>
public sealed class RestoredText
{
    internal RestoredText(string text, IReadOnlyList<SpinReplacement> replacements) => (Text, Replacements) = (text, replacements.ToList().AsReadOnly());

    /// <summary>The restored text.</summary>
    public string Text { get; }

    /// <summary>The replacements, in text order.</summary>
    public IReadOnlyList<SpinReplacement> Replacements { get; }

    /// <summary>
    /// The offset in the text as written of a character of the restored text: exact outside replacements, the start
    /// of the spun form inside one.
    /// </summary>
    public int ToWritten(int restoredOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(restoredOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(restoredOffset, Text.Length);
        var shift = 0;
        foreach (var replacement in Replacements)
        {
            if (restoredOffset < replacement.Offset)
            {
                break;
            }

            if (restoredOffset < replacement.Offset + replacement.Length)
            {
                return replacement.Substitution.Offset;
            }

            shift += replacement.Substitution.Length - replacement.Length;
        }

        return restoredOffset + shift;
    }
}
