using System.Net;
using System.Net.Sockets;
using System.Text;
using Glossary.Errors;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Tests.Formats;

// TBX files are written inline, by hand, in the shapes the tools export (memoQ's TBX v2, MultiTerm's TBX-Basic v3 DCA
// and DCT, Weblate's v2-in-v3-namespace): reading them exactly is the contract, so every test asserts exact values.
public sealed class TbxGlossaryTests : IDisposable
{
    private const string MemoQ = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
        <martif type="TBX" xml:lang="zh-CN">
          <martifHeader>
            <fileDesc>
              <titleStmt><title>China policy terms</title></titleStmt>
              <sourceDesc><p>memoQ 10.4</p></sourceDesc>
            </fileDesc>
            <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
          </martifHeader>
          <text>
            <body>
              <termEntry id="1">
                <descrip type="subjectField">Trade</descrip>
                <note>Said of export controls on chips.</note>
                <langSet xml:lang="zh-CN">
                  <tig>
                    <term>卡脖子</term>
                    <termNote type="partOfSpeech">verb</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </tig>
                </langSet>
                <langSet xml:lang="en-US">
                  <descrip type="definition">To cut off a supply
                    that an economy cannot do without.</descrip>
                  <tig>
                    <term>chokehold</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </tig>
                  <tig>
                    <term>neck-strangling</term>
                    <termNote type="partOfSpeech">adjective</termNote>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                  </tig>
                </langSet>
              </termEntry>
              <termEntry id="2">
                <langSet xml:lang="zh-CN">
                  <ntig>
                    <termGrp>
                      <term>设想出去</term>
                      <termNote type="partOfSpeech">verb</termNote>
                    </termGrp>
                    <admin type="source">Ministry glossary</admin>
                  </ntig>
                  <tig>
                    <term>设计出去</term>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </tig>
                </langSet>
                <langSet xml:lang="en-US">
                  <tig>
                    <term>design out</term>
                    <termNote type="partOfSpeech">verb</termNote>
                  </tig>
                  <tig>
                    <term>outdesign</term>
                    <termNote type="usageStatus">forbidden</termNote>
                    <note>A calque seen in machine translation.</note>
                  </tig>
                  <tig>
                    <term>think out</term>
                    <descrip type="status">do not use</descrip>
                  </tig>
                </langSet>
              </termEntry>
            </body>
          </text>
        </martif>
        """;

    private const string MultiTermDca = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader>
            <fileDesc>
              <sourceDesc><p>TBX file, created via MultiTerm Export</p></sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>
              <conceptEntry id="c1">
                <descrip type="subjectField">Computing</descrip>
                <note>Mainland and Taiwan spellings.</note>
                <langSec xml:lang="zh-Hans">
                  <termSec>
                    <term>计算机</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="zh-Hant">
                  <termSec>
                    <term>計算機</term>
                    <termNote type="partOfSpeech">noun</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="en">
                  <descripGrp>
                    <descrip type="definition">A machine that processes data by a stored program.</descrip>
                    <admin type="source">ISO 2382</admin>
                  </descripGrp>
                  <termSec>
                    <term>computer</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>electronic brain</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
              </conceptEntry>
              <conceptEntry id="c2">
                <langSec xml:lang="zh-Hans">
                  <termSec>
                    <term>芯片</term>
                  </termSec>
                </langSec>
                <langSec xml:lang="en">
                  <termSec>
                    <term>chip</term>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
              </conceptEntry>
            </body>
          </text>
        </tbx>
        """;

    private const string MultiTermDct = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCT/TBX-Basic.nvdl" type="application/xml" schematypens="http://purl.oclc.org/dsdl/nvdl/ns/structure/1.0"?>
        <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
          <tbxHeader>
            <fileDesc>
              <sourceDesc><p>TBX file, created via MultiTerm Export</p></sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>
              <conceptEntry id="c1">
                <transacGrp>
                  <basic:transactionType>origination</basic:transactionType>
                  <date>2024-03-01</date>
                  <basic:responsibility>Tommy</basic:responsibility>
                </transacGrp>
                <min:subjectField>Computing</min:subjectField>
                <note>Mainland and Taiwan spellings.</note>
                <langSec xml:lang="zh-Hans">
                  <termSec>
                    <term>计算机</term>
                    <min:partOfSpeech>noun</min:partOfSpeech>
                    <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus>
                  </termSec>
                </langSec>
                <langSec xml:lang="zh-Hant">
                  <termSec>
                    <term>計算機</term>
                    <min:partOfSpeech>noun</min:partOfSpeech>
                  </termSec>
                </langSec>
                <langSec xml:lang="en">
                  <descripGrp>
                    <basic:definition>A machine that processes data by a stored program.</basic:definition>
                    <basic:source>ISO 2382</basic:source>
                  </descripGrp>
                  <termSec>
                    <term>computer</term>
                    <min:partOfSpeech>noun</min:partOfSpeech>
                    <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus>
                  </termSec>
                  <termSec>
                    <term>electronic brain</term>
                    <min:partOfSpeech>noun</min:partOfSpeech>
                    <basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus>
                  </termSec>
                </langSec>
              </conceptEntry>
              <conceptEntry id="c2">
                <langSec xml:lang="zh-Hans">
                  <termSec>
                    <term>芯片</term>
                  </termSec>
                </langSec>
                <langSec xml:lang="en">
                  <termSec>
                    <term>chip</term>
                    <basic:administrativeStatus>admittedTerm-admn-sts</basic:administrativeStatus>
                  </termSec>
                </langSec>
              </conceptEntry>
            </body>
          </text>
        </tbx>
        """;

    private const string Rich = """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="en">
          <text>
            <body>
              <termEntry id="t1">
                <note>Said of export controls on chips.</note>
                <langSet xml:lang="zh-CN">
                  <tig>
                    <term>卡脖子</term>
                    <termNote type="partOfSpeech">verb</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <termNote type="pronunciation">kǎ bózi</termNote>
                  </tig>
                  <tig>
                    <term>卡脖</term>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                  </tig>
                </langSet>
                <langSet xml:lang="en-GB">
                  <descrip type="definition">To cut off a supply that an economy cannot do without.</descrip>
                  <tig>
                    <term>chokehold</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </tig>
                  <tig>
                    <term>stranglehold</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </tig>
                  <tig>
                    <term>neck-strangling</term>
                    <termNote type="partOfSpeech">adjective</termNote>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                  </tig>
                  <tig>
                    <term>throat-grab</term>
                    <termNote type="usageStatus">forbidden</termNote>
                  </tig>
                  <tig>
                    <term>choke</term>
                  </tig>
                </langSet>
              </termEntry>
              <termEntry id="t2">
                <note>Spun from 大交易.</note>
                <langSet xml:lang="zh-Hans">
                  <tig><term>大买卖</term></tig>
                </langSet>
                <langSet xml:lang="zh-Hant">
                  <tig><term>大買賣</term><termNote type="partOfSpeech">noun</termNote></tig>
                </langSet>
                <langSet xml:lang="en">
                  <tig><term>grand bargain</term><termNote type="partOfSpeech">noun phrase</termNote></tig>
                  <tig><term>big deal</term><descrip type="status">do not use</descrip></tig>
                </langSet>
              </termEntry>
              <termEntry id="t3">
                <langSet xml:lang="zh">
                  <tig><term>芯片</term><termNote type="pronunciation">xīnpiàn</termNote></tig>
                </langSet>
                <langSet xml:lang="en">
                  <descrip type="definition">A small piece of semiconductor carrying a circuit.</descrip>
                  <tig><term>chip &amp; die</term></tig>
                </langSet>
              </termEntry>
            </body>
          </text>
        </martif>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-tbx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_MemoQTbxV2_ReadsGlossesStatusesPartsOfSpeechDefinitionNoteAndForms()
    {
        var terms = GlossaryFile.Load(Write("memoq.tbx", MemoQ));

        Assert.Empty(terms.Issues);
        Assert.Equal(2, terms.Entries.Count);

        var choke = terms.Entries[0];
        Assert.Equal("卡脖子", choke.Term);
        Assert.Equal([new Designation("卡脖子") { Status = TermStatus.Preferred, PartOfSpeech = "verb" }], choke.Forms);
        Assert.Equal(["chokehold", "neck-strangling"], choke.Glosses);
        Assert.Equal(
            [
                new Designation("chokehold") { Status = TermStatus.Preferred, PartOfSpeech = "noun" },
                new Designation("neck-strangling") { Status = TermStatus.Deprecated, PartOfSpeech = "adjective" },
            ],
            choke.Translations);
        Assert.Equal(TermStatus.Preferred, choke.Translations[0].Status);
        Assert.Equal(TermStatus.Deprecated, choke.Translations[1].Status);
        Assert.True(choke.Translations[1].IsDiscouraged);
        Assert.Equal("To cut off a supply that an economy cannot do without.", choke.Definition);
        Assert.Equal("Said of export controls on chips.", choke.Note);
        Assert.Null(choke.Pinyin);
        Assert.Equal("memoq.tbx", choke.Source);

        var designOut = terms.Entries[1];
        Assert.Equal("设想出去", designOut.Term);
        Assert.Equal(
            [
                new Designation("设想出去") { PartOfSpeech = "verb" },
                new Designation("设计出去") { Status = TermStatus.Admitted },
            ],
            designOut.Forms);
        Assert.Equal(["设计出去"], designOut.Variants);
        Assert.Equal(["design out", "outdesign", "think out"], designOut.Glosses);
        Assert.Equal(
            [
                new Designation("design out") { PartOfSpeech = "verb" },
                new Designation("outdesign") { Status = TermStatus.Forbidden },
                new Designation("think out") { Status = TermStatus.Forbidden },
            ],
            designOut.Translations);
        Assert.Equal("A calque seen in machine translation.", designOut.Note);
        Assert.Null(designOut.Definition);
        Assert.Same(designOut, terms.Find("设计出去"));
    }

    [Fact]
    public void Load_TbxV3Dca_ReadsSimplifiedAndTraditionalAsFormsOfOneEntry()
    {
        var terms = GlossaryFile.Load(Write("multiterm.tbx", MultiTermDca));

        Assert.Empty(terms.Issues);
        Assert.Equal(2, terms.Entries.Count);
        var computer = terms.Find("计算机");
        Assert.NotNull(computer);
        Assert.Same(computer, terms.Find("計算機"));
        Assert.Equal("计算机", computer.Term);
        Assert.Equal(["計算機"], computer.Variants);
        Assert.Equal(
            [
                new Designation("计算机") { Status = TermStatus.Preferred, PartOfSpeech = "noun" },
                new Designation("計算機") { PartOfSpeech = "noun" },
            ],
            computer.Forms);
        Assert.Equal(
            [
                new Designation("computer") { Status = TermStatus.Preferred, PartOfSpeech = "noun" },
                new Designation("electronic brain") { Status = TermStatus.Deprecated, PartOfSpeech = "noun" },
            ],
            computer.Translations);
        Assert.Equal("A machine that processes data by a stored program.", computer.Definition);
        Assert.Equal("Mainland and Taiwan spellings.", computer.Note);

        var chip = terms.Find("芯片");
        Assert.NotNull(chip);
        Assert.Equal([new Designation("chip") { Status = TermStatus.Admitted }], chip.Translations);
        Assert.Null(chip.Note);
        Assert.Null(chip.Definition);
    }

    [Fact]
    public void Load_TbxV3Dct_ReadsDialectElementsLikeTheDcaTypedOnes()
    {
        var dct = GlossaryFile.Load(Write("dct.tbx", MultiTermDct));
        var dca = GlossaryFile.Load(Write("dca.tbx", MultiTermDca));

        Assert.Empty(dct.Issues);
        Assert.Equal(dca.Entries.Select(Describe), dct.Entries.Select(Describe));

        var computer = dct.Find("計算機");
        Assert.NotNull(computer);
        Assert.Equal("计算机", computer.Term);
        Assert.Equal("noun", computer.Forms[0].PartOfSpeech);
        Assert.Equal(TermStatus.Preferred, computer.Forms[0].Status);
        Assert.Equal(
            [
                new Designation("computer") { Status = TermStatus.Preferred, PartOfSpeech = "noun" },
                new Designation("electronic brain") { Status = TermStatus.Deprecated, PartOfSpeech = "noun" },
            ],
            computer.Translations);
        Assert.Equal("A machine that processes data by a stored program.", computer.Definition);
        Assert.Equal("Mainland and Taiwan spellings.", computer.Note);
        Assert.Equal(TermStatus.Admitted, dct.Find("芯片")!.Translations.Single().Status);
    }

    [Fact]
    public void Read_WeblateStyle_V2ElementsInTheV3Namespace_AreRead()
    {
        const string weblate = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en" type="TBX">
              <martifHeader>
                <fileDesc>
                  <sourceDesc><p>Weblate</p></sourceDesc>
                </fileDesc>
              </martifHeader>
              <text>
                <body>
                  <termEntry id="e001">
                    <descrip type="definition">A device that stores data.</descrip>
                    <langSet xml:lang="en">
                      <tig>
                        <term>memory chip</term>
                        <termNote type="administrativeStatus">obsolete</termNote>
                      </tig>
                      <tig>
                        <term>memory</term>
                      </tig>
                    </langSet>
                    <langSet xml:lang="zh_Hans">
                      <tig>
                        <term>存储器</term>
                        <note from="developer">Keep in UI strings.</note>
                      </tig>
                    </langSet>
                  </termEntry>
                </body>
              </text>
            </martif>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(weblate));

        var terms = GlossaryFile.Read(stream, "weblate.tbx", format: GlossaryFormat.Tbx);

        var entry = Assert.Single(terms.Entries);
        Assert.Equal("存储器", entry.Term);
        Assert.Equal(
            [new Designation("memory chip") { Status = TermStatus.Deprecated }, new Designation("memory")],
            entry.Translations);
        Assert.Equal("A device that stores data.", entry.Definition);
        Assert.Equal("Keep in UI strings.", entry.Note);
        Assert.Equal("weblate.tbx", entry.Source);
    }

    [Fact]
    public void SaveAndLoad_TbxToTbx_KeepsEveryEntry_AndTheWriterIsAFixedPoint()
    {
        var original = GlossaryFile.Load(Write("rich.tbx", Rich));
        Assert.Empty(original.Issues);
        // The file must exercise every status, or the comparison below proves little.
        Assert.Equal(
            [TermStatus.Preferred, TermStatus.Admitted, TermStatus.Deprecated, TermStatus.Forbidden, TermStatus.Unspecified],
            original.Entries[0].Translations.Select(t => t.Status));
        Assert.Equal("kǎ bózi", original.Entries[0].Pinyin);

        var first = Path.Combine(_folder, "first.tbx");
        GlossaryFile.Save(original, first);
        var reloaded = GlossaryFile.Load(first);

        Assert.Empty(reloaded.Issues);
        Assert.Equal(original.Entries.Count, reloaded.Entries.Count);
        for (var i = 0; i < original.Entries.Count; i++)
        {
            var (before, after) = (original.Entries[i], reloaded.Entries[i]);
            Assert.Equal(before.Term, after.Term);
            Assert.Equal(before.Forms, after.Forms);
            Assert.Equal(before.Translations, after.Translations);
            Assert.Equal(before.Pinyin, after.Pinyin);
            Assert.Equal(before.Note, after.Note);
            Assert.Equal(before.Definition, after.Definition);
            Assert.Equal("first.tbx", after.Source);
        }

        // TBX-Basic has no forbidden: deprecated for importers, plus a usageStatus note that reads back as Forbidden.
        var written = File.ReadAllText(first);
        Assert.Contains("<termNote type=\"usageStatus\">forbidden</termNote>", written, StringComparison.Ordinal);
        Assert.Equal(TermStatus.Forbidden, reloaded.Find("卡脖子")!.Translations.Single(t => t.Text == "throat-grab").Status);
        Assert.Equal(TermStatus.Forbidden, reloaded.Find("大買賣")!.Translations.Single(t => t.Text == "big deal").Status);
        Assert.Equal("chip & die", reloaded.Find("芯片")!.Glosses.Single());

        var again = Path.Combine(_folder, "again.tbx");
        var second = Path.Combine(_folder, "second.tbx");
        GlossaryFile.Save(original, again);
        GlossaryFile.Save(reloaded, second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(again));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Write_ForbiddenTerm_IsDeprecatedPlusUsageStatusForbidden_AndReadsBackAsForbidden()
    {
        var entry = new TermEntry(
            [new Designation("卡脖子")],
            [new Designation("chokehold"), new Designation("throat-grab") { Status = TermStatus.Forbidden }]);
        using var stream = new MemoryStream();

        GlossaryFile.Write(new TermBase([entry]), stream, GlossaryFormat.Tbx);

        var xml = Encoding.UTF8.GetString(stream.ToArray());
        var tig = xml[xml.IndexOf("<term>throat-grab</term>", StringComparison.Ordinal)..];
        tig = tig[..tig.IndexOf("</tig>", StringComparison.Ordinal)];
        Assert.Contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>", tig, StringComparison.Ordinal);
        Assert.Contains("<termNote type=\"usageStatus\">forbidden</termNote>", tig, StringComparison.Ordinal);
        Assert.DoesNotContain("forbidden", xml.Replace(tig, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        stream.Position = 0;
        Assert.Equal(TermStatus.Forbidden, GlossaryFile.Read(stream, "w.tbx", format: GlossaryFormat.Tbx).Entries.Single().Translations[1].Status);
    }

    // A TBX file whose English term is an external entity pointing at systemId.
    private static string WithExternalEntity(string systemId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE martif [<!ENTITY xxe SYSTEM "{systemId}">]>
        <martif type="TBX">
          <text><body>
            <termEntry id="1">
              <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
              <langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet>
            </termEntry>
          </body></text>
        </martif>
        """;

    [Fact]
    public void Load_ExternalEntityToALocalFile_IsRefusedAndNeverRead()
    {
        const string secret = "TOP-SECRET-7f3a9c";
        var secretPath = Path.Combine(_folder, "secret.txt");
        File.WriteAllText(secretPath, secret);
        var path = Write("xxe.tbx", WithExternalEntity(new Uri(secretPath).AbsoluteUri));

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.Contains("&xxe;", error.Message, StringComparison.Ordinal);
        Assert.Contains("never expanded", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Issue.Line);
    }

    [Fact]
    public void Load_ExternalEntityOverHttp_IsRefusedWithTheSameError_AndNothingConnects()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/steal";
        var path = Write("xxe-http.tbx", WithExternalEntity(url));

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.Contains("&xxe;", error.Message, StringComparison.Ordinal);
        Assert.Contains("never expanded", error.Message, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "the reader connected to the entity's URL");
    }

    [Theory]
    [InlineData("<!DOCTYPE martif SYSTEM \"{0}/evil.dtd\">")]
    [InlineData("<!DOCTYPE martif [<!ENTITY % remote SYSTEM \"{0}/evil.dtd\"> %remote;]>")]
    public void Load_ExternalDtdOrParameterEntity_IsNeverFetched(string doctype)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var declaration = doctype.Replace("{0}", $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", StringComparison.Ordinal);
        var path = Write("dtd.tbx", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            {declaration}
            <martif type="TBX">
              <text><body>
                <termEntry id="1">
                  <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>chokehold</term></tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """);

        var terms = GlossaryFile.Load(path);

        Assert.Equal("chokehold", terms.Find("卡脖子")!.Glosses.Single());
        Assert.False(listener.Pending(), "the reader connected to the DTD's URL");
    }

    [Fact]
    public void Load_BillionLaughs_IsAnEntityErrorNotAMemoryBlowUp()
    {
        var path = Write("lol.tbx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <martif type="TBX">
              <text><body>
                <termEntry id="1">
                  <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.Contains("&lol9;", error.Message, StringComparison.Ordinal);
        Assert.Contains("never expanded", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PredefinedEntitiesAndCharacterReferences_AreStillRead()
    {
        var path = Write("refs.tbx", """
            <martif type="TBX"><text><body>
              <termEntry id="1">
                <langSet xml:lang="zh"><tig><term>&#x5361;脖子</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>R&amp;D &lt;chokehold&gt; &quot;x&quot; &apos;y&apos;</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """);

        var entry = GlossaryFile.Load(path).Entries.Single();

        Assert.Equal("卡脖子", entry.Term);
        Assert.Equal("R&D <chokehold> \"x\" 'y'", entry.Glosses.Single());
    }

    [Fact]
    public void Load_PoorlyFormedXmlBeforeAnyEntry_IsAFormatErrorWithLineAndColumn()
    {
        var path = Write("broken.tbx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX">
              <text><body>
                <termEntry id="1">
                  <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>chokehold</tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.Equal(6, error.Issue.Line);
        Assert.True(error.Issue.Column > 0, $"column {error.Issue.Column}");
        Assert.Contains("not well-formed", error.Issue.Reason, StringComparison.Ordinal);
        Assert.Equal("broken.tbx", error.Issue.File);
        Assert.StartsWith($"broken.tbx:6:{error.Issue.Column}: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 6, position", error.Issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PoorlyFormedXmlAfterAGoodEntry_KeepsTheEntry_AndReportsTheLine()
    {
        const string content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX">
              <text><body>
                <termEntry id="1">
                  <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>chokehold</term></tig></langSet>
                </termEntry>
                <termEntry id="2">
                  <langSet xml:lang="zh"><tig><term>芯片</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>chip</tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """;
        var path = Write("half.tbx", content);

        var terms = GlossaryFile.Load(path);

        var entry = Assert.Single(terms.Entries);
        Assert.Equal(("卡脖子", "chokehold"), (entry.Term, entry.Glosses.Single()));
        var issue = Assert.Single(terms.Issues);
        Assert.Equal(LineOf(content, "<term>chip</tig>"), issue.Line);
        Assert.True(issue.Column > 0, $"column {issue.Column}");
        Assert.Contains("not well-formed", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("entries before it are kept", issue.Reason, StringComparison.Ordinal);
        var strict = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path, strict: true));
        Assert.Equal(issue.Line, strict.Issue.Line);
    }

    [Fact]
    public void Load_NoChineseLanguage_NamesTheLanguagesFound()
    {
        var path = Write("en-es.tbx", """
            <martif type="TBX"><text><body>
              <termEntry id="1">
                <langSet xml:lang="en"><tig><term>open cluster</term></tig></langSet>
                <langSet xml:lang="es"><tig><term>cúmulo abierto</term></tig></langSet>
              </termEntry>
              <termEntry id="2">
                <langSet xml:lang="en"><tig><term>galaxy</term></tig></langSet>
                <langSet xml:lang="es"><tig><term>galaxia</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.Contains("no Chinese terms", error.Message, StringComparison.Ordinal);
        Assert.Contains("only en, es", error.Message, StringComparison.Ordinal);
        Assert.Contains("en-es.tbx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EntryWithoutChinese_IsSkippedAndReportedAtItsLine_OrThrowsWhenStrict()
    {
        const string content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX">
              <text>
                <body>
                  <termEntry id="c1">
                    <langSet xml:lang="zh-CN"><tig><term>卡脖子</term></tig></langSet>
                    <langSet xml:lang="en"><tig><term>chokehold</term></tig></langSet>
                  </termEntry>
                  <termEntry id="c2">
                    <langSet xml:lang="en"><tig><term>galaxy</term></tig></langSet>
                    <langSet xml:lang="de"><tig><term>Galaxie</term></tig></langSet>
                  </termEntry>
                  <termEntry id="c3">
                    <langSet xml:lang="zh-CN"><tig><term>芯片</term></tig></langSet>
                    <langSet xml:lang="en"><tig><term>chip</term></tig></langSet>
                  </termEntry>
                </body>
              </text>
            </martif>
            """;
        var path = Write("three.tbx", content);

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["卡脖子", "芯片"], terms.Entries.Select(e => e.Term));
        var issue = Assert.Single(terms.Issues);
        Assert.Equal(LineOf(content, "<termEntry id=\"c2\">"), issue.Line);
        Assert.Equal(9, issue.Line);
        Assert.Contains("'c2'", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("no Chinese term", issue.Reason, StringComparison.Ordinal);
        Assert.Equal("three.tbx", issue.File);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path, strict: true));
        Assert.Equal(9, error.Issue.Line);
        Assert.Contains("'c2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EntryWithoutEnglish_IsSkippedAndReportedAtItsLine()
    {
        const string content = """
            <martif type="TBX"><text><body>
              <termEntry id="c1">
                <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>chokehold</term></tig></langSet>
              </termEntry>
              <termEntry id="c2">
                <langSet xml:lang="zh"><tig><term>芯片</term></tig></langSet>
                <langSet xml:lang="fr"><tig><term>puce</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """;

        var terms = GlossaryFile.Load(Write("no-en.tbx", content));

        Assert.Equal("卡脖子", Assert.Single(terms.Entries).Term);
        var issue = Assert.Single(terms.Issues);
        Assert.Equal(LineOf(content, "<termEntry id=\"c2\">"), issue.Line);
        Assert.Contains("'c2'", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("芯片", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("no English term", issue.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x.xml", "utf-8")]
    [InlineData("x.txt", "utf-8")]
    [InlineData("x.txt", "utf-8-bom")]
    [InlineData("x.txt", "utf-16")]
    [InlineData("glossary", "utf-8")]
    public void Load_Auto_DetectsTbxWithoutATbxExtension(string name, string encoding)
    {
        var path = Path.Combine(_folder, name);
        // A UTF-16 file declares itself as such: an encoding declaration that contradicts the BOM is not XML.
        var content = encoding == "utf-16" ? MemoQ.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal) : MemoQ;
        File.WriteAllText(path, content, encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        });

        var terms = GlossaryFile.Load(path, format: GlossaryFormat.Auto);

        Assert.Equal(["卡脖子", "设想出去"], terms.Entries.Select(e => e.Term));
        Assert.Equal(TermStatus.Forbidden, terms.Find("设想出去")!.Translations[1].Status);
        Assert.Equal(
            GlossaryFile.Load(Write("same.tbx", MemoQ)).Entries.Select(Describe),
            terms.Entries.Select(Describe));
    }

    [Theory]
    [InlineData("<html><body><p>卡脖子 chokehold</p></body></html>", "<html>")]
    [InlineData("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body/></tmx>", "<tmx>")]
    public void Load_XmlThatIsNotTbx_SaysSo(string content, string root)
    {
        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(Write("page.tbx", content)));

        Assert.Contains("not a TBX file", error.Message, StringComparison.Ordinal);
        Assert.Contains(root, error.Message, StringComparison.Ordinal);
    }

    // Library bug (TbxGlossary.Read): entries without Chinese are reported only after the whole file is read, so a
    // later entry without English is reported (and, strict, thrown) before an earlier entry without Chinese.
    [Fact]
    public void Load_ProblemsInSeveralEntries_AreReportedInFileOrder_AndStrictThrowsTheFirst()
    {
        const string content = """
            <martif type="TBX"><text><body>
              <termEntry id="c1">
                <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>chokehold</term></tig></langSet>
              </termEntry>
              <termEntry id="c2">
                <langSet xml:lang="en"><tig><term>galaxy</term></tig></langSet>
              </termEntry>
              <termEntry id="c3">
                <langSet xml:lang="zh"><tig><term>芯片</term></tig></langSet>
                <langSet xml:lang="fr"><tig><term>puce</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """;
        var path = Write("order.tbx", content);
        var (c2, c3) = (LineOf(content, "<termEntry id=\"c2\">"), LineOf(content, "<termEntry id=\"c3\">"));

        var terms = GlossaryFile.Load(path);
        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path, strict: true));

        Assert.Equal("卡脖子", Assert.Single(terms.Entries).Term);
        Assert.Equal([c2, c3], terms.Issues.Select(i => i.Line));
        Assert.Equal(c2, error.Issue.Line);
    }

    // Library bug (TbxGlossary.Read): when no entry could be read, one entry without Chinese makes the error claim
    // that the file holds no Chinese terms, even though other entries are Chinese (they lack English).
    [Fact]
    public void Load_ChineseEntriesWithoutEnglish_AreNotReportedAsAFileWithoutChinese()
    {
        var path = Write("zh-ja.tbx", """
            <martif type="TBX"><text><body>
              <termEntry id="c1">
                <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
                <langSet xml:lang="ja"><tig><term>首根っこを押さえる</term></tig></langSet>
              </termEntry>
              <termEntry id="c2">
                <langSet xml:lang="zh"><tig><term>芯片</term></tig></langSet>
                <langSet xml:lang="ja"><tig><term>チップ</term></tig></langSet>
              </termEntry>
              <termEntry id="c3">
                <langSet xml:lang="en"><tig><term>galaxy</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path));

        Assert.DoesNotContain("no Chinese terms", error.Message, StringComparison.Ordinal);
        Assert.Contains("no English term", error.Message, StringComparison.Ordinal);
    }

    // Library bug (TbxGlossary.ReadEntry): the definition is the first one anywhere in the entry, so a definition in a
    // language the glossary skips (Spanish here) wins over the English one.
    [Fact]
    public void Load_DefinitionInASkippedLanguage_DoesNotReplaceTheEnglishOne()
    {
        var path = Write("es-first.tbx", """
            <martif type="TBX"><text><body>
              <termEntry id="c1">
                <langSet xml:lang="es">
                  <descrip type="definition">Grupo de estrellas formadas juntas.</descrip>
                  <tig><term>cúmulo abierto</term></tig>
                </langSet>
                <langSet xml:lang="en">
                  <descrip type="definition">A group of stars formed together.</descrip>
                  <tig><term>open cluster</term></tig>
                </langSet>
                <langSet xml:lang="zh"><tig><term>疏散星团</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """);

        var entry = GlossaryFile.Load(path).Entries.Single();

        Assert.Equal(["open cluster"], entry.Glosses);
        Assert.Equal("A group of stars formed together.", entry.Definition);
    }

    // Library bug (TbxGlossary.IsChinese): any tag starting "zh" counts as Chinese, so Zhuang (ISO 639 "zha") terms
    // are read as Chinese headwords.
    [Fact]
    public void Load_ZhuangIsNotChinese()
    {
        var path = Write("zha.tbx", """
            <martif type="TBX"><text><body>
              <termEntry id="c1">
                <langSet xml:lang="zh"><tig><term>卡脖子</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>chokehold</term></tig></langSet>
              </termEntry>
              <termEntry id="c2">
                <langSet xml:lang="zha"><tig><term>Sawcuengh</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>Zhuang language</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """);

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["卡脖子"], terms.Entries.Select(e => e.Term));
        Assert.Contains("'c2'", Assert.Single(terms.Issues).Reason, StringComparison.Ordinal);
    }

    private static string Describe(TermEntry entry) =>
        $"{string.Join(" | ", entry.Forms.Select(Describe))} => {string.Join(" | ", entry.Translations.Select(Describe))}"
        + $"; pinyin={entry.Pinyin}; note={entry.Note}; definition={entry.Definition}";

    private static string Describe(Designation designation) => $"{designation.Text} [{designation.Status}, {designation.PartOfSpeech ?? "-"}]";

    private static int LineOf(string content, string marker) =>
        content[..content.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
