using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Glossary.Errors;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Tests.Properties;

// Random bytes and random edits of valid glossary files, for every reader: each either loads or fails with the
// library's own GlossaryException (a message a user can read), never anything else, and never hangs.
public sealed class ReaderFuzzProperties
{
    private static readonly Dictionary<GlossaryFormat, byte[]> Valid = new()
    {
        [GlossaryFormat.Tsv] = Encoding.UTF8.GetBytes("# term\tgloss\tnote\n大买卖\tgrand bargain\t21 times\n卡脖子\tchokehold\n设想出去\tdesigning out\n"),
        [GlossaryFormat.Csv] = Encoding.UTF8.GetBytes("term,gloss,note,status\n大买卖,\"grand bargain, the\",\"say \"\"deal\"\"\",preferred\n卡脖子,chokehold,,deprecated\n"),
        [GlossaryFormat.Tbx] = Encoding.UTF8.GetBytes(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
            <martif type="TBX-Basic" xml:lang="en"><text><body>
            <termEntry id="e1"><descrip type="definition">a deal</descrip>
            <langSet xml:lang="zh-CN"><tig><term>大买卖</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
            <langSet xml:lang="en"><tig><term>grand bargain</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
            </termEntry></body></text></martif>
            """),
        [GlossaryFormat.CcCedict] = Encoding.UTF8.GetBytes("# CC-CEDICT\n大買賣 大买卖 [da4 mai3 mai4] /big business/grand bargain/\n脖子 脖子 [bo2 zi5] /neck/CL:條|条[tiao2]/\n"),
    };

    public static TheoryData<GlossaryFormat> Formats() => [GlossaryFormat.Tsv, GlossaryFormat.Csv, GlossaryFormat.Tbx, GlossaryFormat.CcCedict];

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryReader_LoadsItsValidSample(GlossaryFormat format) =>
        Assert.NotEmpty(GlossaryFile.Read(new MemoryStream(Valid[format]), "sample", strict: true, format).Entries);

    [Property(MaxTest = 150)]
    public Property EditedFiles_LoadOrFailWithAGlossaryException() =>
        Prop.ForAll(Edited().ToArbitrary(), input => LoadsOrFailsCleanly(input.Format, input.Bytes, input.Strict));

    [Property(MaxTest = 100)]
    public Property RandomBytes_LoadOrFailWithAGlossaryException() =>
        Prop.ForAll(
            Gen.Elements(GlossaryFormat.Auto, GlossaryFormat.Tsv, GlossaryFormat.Csv, GlossaryFormat.Tbx, GlossaryFormat.CcCedict)
                .SelectMany(format => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(bytes => (format, bytes)))
                .ToArbitrary(),
            input => LoadsOrFailsCleanly(input.format, input.bytes, strict: false));

    // Edits that break files the way files break: bytes cut out, random bytes put in, bytes overwritten, the file
    // truncated, a stretch repeated; one to four of them, on a sample of each format.
    private static Gen<(GlossaryFormat Format, byte[] Bytes, bool Strict)> Edited() =>
        from format in Gen.Elements(Valid.Keys.ToArray())
        from edits in Gen.Choose(1, 4)
        from seed in Gen.Choose(0, int.MaxValue)
        from strict in Gen.Elements(false, true)
        select (format, FileEdits.Apply(Valid[format], edits, new Random(seed)), strict);

    private static bool LoadsOrFailsCleanly(GlossaryFormat format, byte[] bytes, bool strict)
    {
        var load = Task.Run(() =>
        {
            try
            {
                var terms = GlossaryFile.Read(new MemoryStream(bytes), "fuzz", strict, format);
                return terms.Entries.All(e => e.Term.Length > 0) && terms.Issues.All(i => i.Reason.Length > 0);
            }
            catch (GlossaryException e)
            {
                return e.Message.Length > 0;
            }
        });

        // Ten seconds is a hang, not a slow machine: these inputs are a few hundred bytes.
        return load.Wait(TimeSpan.FromSeconds(10)) && load.Result;
    }
}
