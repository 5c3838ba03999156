using Glossary.Cli.Rendering.Text;
using Spectre.Console;

namespace Glossary.Cli.Tests;

// Wrapping Chinese at a terminal's width: by display width, a highlight never split, a note number with its term,
// closing punctuation never at a line start, opening punctuation never at a line end; English at its spaces (a word
// longer than a line cut), a line break kept; unwrapped, one line.
public sealed class WrapperTests
{
    [Fact]
    public void Lines_NeverStartWithClosingPunctuation_NorEndWithOpeningPunctuation()
    {
        // Ten columns hold five Han characters: a plain cut would put 。 at a line start and “ at a line end.
        var lines = Plain(Wrapper.Lines([("一二三四五。六七八“九十”", null)], 10));

        Assert.Equal(["一二三四", "五。六七八", "“九十”"], lines);
    }

    [Fact]
    public void Lines_KeepAHighlightWhole_AndANoteNumberWithItsTerm()
    {
        // At 14 columns a plain cut would give 一二三【出口 | 管制】四五六 | 七大买卖[1 | ].
        var lines = Plain(Wrapper.Lines([("一二三", null), ("【出口管制】", "bold"), ("四五六七", null), ("大买卖", "yellow"), ("[1]", "dim")], 14));

        Assert.Equal(["一二三", "【出口管制】四", "五六七", "大买卖[1]"], lines);
        Assert.All(lines, l => Assert.InRange(l.GetCellWidth(), 0, 14));
    }

    [Fact]
    public void Lines_AtTheUnwrappedWidth_AreOne()
    {
        var text = string.Concat(Enumerable.Repeat("美国的大买卖与卡脖子。", 500));

        Assert.Equal([text], Plain(Wrapper.Lines([(text, null)], CliConsole.Unwrapped)));
    }

    [Fact]
    public void Lines_BreakEnglishAtSpaces_AndNoLineStartsWithTheSpaceItBrokeAt()
    {
        var lines = Plain(Wrapper.Lines([("在DeepSeek之后 to pay attention to", "dim")], 16));

        Assert.Equal(["在DeepSeek之后", "to pay attention", "to"], lines);
    }

    [Fact]
    public void Lines_CutAWordLongerThanALine_AndKeepLineBreaks()
    {
        Assert.Equal(["abcdef", "ghij", "一二三", "四"], Plain(Wrapper.Lines([("abcdefghij\n一二三四", null)], 6)));
        Assert.Equal(["a", "b"], Plain(Wrapper.Lines([("a\r\nb", null)], CliConsole.Unwrapped)));
    }

    [Fact]
    public void Lines_MeasureCharactersBeyondTheBasicPlane_Whole()
    {
        // 𠀀 (U+20000, CJK Extension B) is one character of two columns in two UTF-16 code units: never split.
        Assert.Equal(["𠀀𠀀", "𠀀一"], Plain(Wrapper.Lines([("𠀀𠀀𠀀一", null)], 4)));
        Assert.Equal(["𠀀[1]"], Plain(Wrapper.Lines([("𠀀", "yellow"), ("[1]", "dim")], 5)));
    }

    [Fact]
    public void Lines_OfMarkup_BreakAStyledStretchAtItsSpaces_AndKeepItsStyle()
    {
        var lines = Wrapper.Lines("   1. [yellow]关注[/] [green]to pay attention to; to follow sth closely[/]", 31).ToList();

        Assert.Equal(["   1. 关注 to pay attention to;", "to follow sth closely"], lines.Select(Markup.Remove));
        Assert.Contains("[green]", lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.InRange(Markup.Remove(l).GetCellWidth(), 0, 31));
    }

    private static List<string> Plain(IEnumerable<string> markup) => [.. markup.Select(m => Markup.Remove(m))];
}
