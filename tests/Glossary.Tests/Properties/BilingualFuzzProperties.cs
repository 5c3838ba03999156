using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Glossary.Bilingual;
using Glossary.Errors;

namespace Glossary.Tests.Properties;

// Random bytes and random edits of valid bilingual files, for every reader: each either loads or fails with the
// library's own GlossaryException, never anything else, and never hangs.
public sealed class BilingualFuzzProperties
{
    private static readonly Dictionary<BilingualFormat, byte[]> Valid = new()
    {
        [BilingualFormat.Tmx] = Encoding.UTF8.GetBytes(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4"><header srclang="en" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="t" creationtoolversion="1"/>
            <body><tu tuid="1"><prop type="x-domain">trade</prop><tuv xml:lang="en"><seg>The <bpt i="1">&lt;b&gt;</bpt>chokehold<ept i="1">&lt;/b&gt;</ept> tightens.</seg></tuv>
            <tuv xml:lang="zh-CN"><seg>卡脖子<ph>&lt;br/&gt;</ph>越来越紧。</seg></tuv></tu></body></tmx>
            """),
        [BilingualFormat.Xliff] = Encoding.UTF8.GetBytes(
            """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN">
            <file id="f1"><unit id="u1"><segment state="translated"><source>A <pc id="1">grand</pc> bargain.</source>
            <target>一场<pc id="1">大</pc>交易。</target></segment></unit></file></xliff>
            """),
        [BilingualFormat.Po] = Encoding.UTF8.GetBytes("msgid \"\"\nmsgstr \"Language: zh_CN\\n\"\n\n#, fuzzy\nmsgid \"file\"\nmsgid_plural \"files\"\nmsgstr[0] \"文件\"\nmsgstr[1] \"文件\"\n"),
        [BilingualFormat.AlignedText] = Encoding.UTF8.GetBytes("en\tzh-CN\nchokehold\t卡脖子\ngrand bargain\t大交易\n"),
    };

    public static TheoryData<BilingualFormat> Formats() => [.. Valid.Keys];

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryReader_LoadsItsValidSample(BilingualFormat format)
    {
        var document = BilingualFile.Read(new MemoryStream(Valid[format]), "sample", strict: true, format);

        Assert.NotEmpty(document.Units);
        Assert.True(document.HasChinese);
    }

    [Property(MaxTest = 150)]
    public Property EditedFiles_LoadOrFailWithAGlossaryException() =>
        Prop.ForAll(
            (from format in Gen.Elements(Valid.Keys.ToArray())
             from edits in Gen.Choose(1, 4)
             from seed in Gen.Choose(0, int.MaxValue)
             from strict in Gen.Elements(false, true)
             select (format, FileEdits.Apply(Valid[format], edits, new Random(seed)), strict)).ToArbitrary(),
            input => LoadsOrFailsCleanly(input.format, input.Item2, input.strict));

    [Property(MaxTest = 100)]
    public Property RandomBytes_LoadOrFailWithAGlossaryException() =>
        Prop.ForAll(
            Gen.Elements([BilingualFormat.Auto, .. Valid.Keys])
                .SelectMany(format => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(bytes => (format, bytes)))
                .ToArbitrary(),
            input => LoadsOrFailsCleanly(input.format, input.bytes, strict: false));

    private static bool LoadsOrFailsCleanly(BilingualFormat format, byte[] bytes, bool strict)
    {
        var load = Task.Run(() =>
        {
            try
            {
                var document = BilingualFile.Read(new MemoryStream(bytes), "fuzz", strict, format);
                return document.Units.All(u => u.Texts.Count > 0) && document.Issues.All(i => i.Reason.Length > 0);
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
