// Calls OmegaT's own glossary readers and writer, so the tests see a glossary as OmegaT sees it. Compiled at test
// time against the installed OmegaT.jar (OmegaTProbe.cs); prints one JSON object per entry on standard output.
//
//   java GlossaryProbe read tsv|csv|tbx FILE     the entries OmegaT reads: {"source":…,"target":…,"comment":…};
//                                               {"unread":true} when the reader declines the file (returns null)
//   java GlossaryProbe append FILE SRC LOC NOTE  appends an entry as OmegaT's "create glossary entry" does
//
// The TBX reader asks the current project for its languages, so a project that is never loaded stands in, with the
// languages of a Chinese → English project.

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderCSV;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import org.omegat.util.Language;

public final class GlossaryProbe {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8.name());
        Core.setProject(new ChineseToEnglish());
        if (args.length == 3 && args[0].equals("read")) {
            File file = new File(args[2]);
            List<GlossaryEntry> entries;
            switch (args[1]) {
                case "tsv": entries = GlossaryReaderTSV.read(file, false); break;
                case "csv": entries = GlossaryReaderCSV.read(file, false); break;
                case "tbx": entries = GlossaryReaderTBX.read(file, false); break;
                default: throw new IllegalArgumentException("unknown reader " + args[1]);
            }
            if (entries == null) {
                out.println("{\"unread\":true}");
                return;
            }
            for (GlossaryEntry e : entries) {
                out.println("{\"source\":" + json(e.getSrcText()) + ",\"target\":" + json(e.getLocText())
                        + ",\"comment\":" + json(e.getCommentText()) + "}");
            }
        } else if (args.length == 5 && args[0].equals("append")) {
            GlossaryReaderTSV.append(new File(args[1]), new GlossaryEntry(args[2], args[3], args[4], false));
        } else {
            System.err.println("usage: GlossaryProbe read tsv|csv|tbx FILE | append FILE SOURCE TARGET COMMENT");
            System.exit(2);
        }
    }

    private static String json(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static final class ChineseToEnglish extends NotLoadedProject {
        @Override
        public ProjectProperties getProjectProperties() {
            try {
                ProjectProperties properties = new ProjectProperties(new File(System.getProperty("java.io.tmpdir")));
                properties.setSourceLanguage(new Language("zh-CN"));
                properties.setTargetLanguage(new Language("en-US"));
                return properties;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
