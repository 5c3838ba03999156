using System.Text;
using Glossary.Bilingual;
using Glossary.Checking;

namespace Glossary.Tests.Checking;

// XLIFF's translate="no" on a unit reaches the checker as the unit's state.
public sealed class NotForTranslationTests
{
    [Fact]
    public void Xliff12_TranslateNo_OnAUnit_IsNotForTranslation()
    {
        const string xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="zh-CN" target-language="en" datatype="plaintext" original="a.txt">
                <body>
                  <trans-unit id="a" translate="no"><source>文件</source><target>x</target></trans-unit>
                  <trans-unit id="c"><source>文件</source><target>file</target></trans-unit>
                </body>
              </file>
            </xliff>
            """;

        var document = BilingualFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(xliff)), "a.xlf");

        Assert.Equal([UnitState.NotForTranslation, UnitState.Translated],
            document.Units.Select(TerminologyChecker.StateOf));
    }

    [Fact]
    public void Xliff2_TranslateNo_OnAUnit_IsNotForTranslation()
    {
        const string xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="en">
              <file id="f">
                <unit id="a" translate="no"><segment><source>文件</source><target>x</target></segment></unit>
                <unit id="b"><segment state="translated"><source>文件</source><target>file</target></segment></unit>
              </file>
            </xliff>
            """;

        var document = BilingualFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(xliff)), "a.xlf");

        Assert.Equal([UnitState.NotForTranslation, UnitState.Translated], document.Units.Select(TerminologyChecker.StateOf));
    }
}
