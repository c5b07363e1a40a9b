package org.sitrep.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.GoldLines;
import org.sitrep.model.RawDocument;

/** Gold items that point into Reuters-21578 SGML by file, NEWID, code-point offsets into the BODY and SHA-1. */
class ReutersCodingSetTest {
    @TempDir
    Path dir;

    // an invented story in the collection's layout: wrapped lines, indented paragraphs, an entity, the signature
    private static final String BODY = "The Ruritanian government said it\nrecalled its ambassador from "
            + "&lt;Borduria> after a\nborder incident on Tuesday.\n    Officials in the capital gave no further "
            + "details.\n Reuter\n&#3;";
    private static final String SGM = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
            + "<REUTERS TOPICS=\"NO\" NEWID=\"7\">\n<DATE> 3-MAR-1987 10:00:00.00</DATE>\n<TEXT>&#2;\n"
            + "<TITLE>RURITANIA RECALLS ENVOY</TITLE>\n<DATELINE>    STRELSAU, March 3 - </DATELINE><BODY>" + BODY
            + "</BODY></TEXT>\n</REUTERS>\n"
            + "<REUTERS TOPICS=\"NO\" NEWID=\"8\">\n<DATE> 3-MAR-1987 10:05:00.00</DATE>\n<TEXT TYPE=\"BRIEF\">&#2;\n"
            + "<TITLE>BRIEF ITEM</TITLE>\n</TEXT>\n</REUTERS>\n";

    private Path corpus() throws Exception {
        Path f = Files.createDirectories(dir.resolve("reuters21578")).resolve("reut2-000.sgm");
        Files.writeString(f, SGM, StandardCharsets.ISO_8859_1);
        return f;
    }

    private static String item(int start, int end, String sha1) {
        return """
                {"id":"rt-x","file":"reut2-000.sgm","newid":7,"date":"1987-03-03","start":%d,"end":%d,"sha1":"%s",
                 "event_type":"SANCTION","cameo":"1711","actor":["RURGOV"],"recipient":["BOR"]}"""
                .formatted(start, end, sha1);
    }

    @Test
    void aSentenceIsCutFromTheRawBodyCheckedByItsHashAndReadWithItsEntities() throws Exception {
        Path sgm = corpus();
        Map<String, String> bodies = ReutersCodingSet.bodies(sgm);
        assertThat(bodies).containsOnlyKeys("reut2-000.sgm#7"); // the brief item has no body
        String raw = BODY.substring(0, BODY.indexOf("Tuesday.") + "Tuesday.".length());
        CodingSetEvaluation.Item i = ReutersCodingSet.item(new ObjectMapper().readTree(
                item(0, raw.length(), GoldLines.sha1(raw))), bodies);
        assertThat(i.text()).isEqualTo("The Ruritanian government said it recalled its ambassador from <Borduria> "
                + "after a border incident on Tuesday.");
        assertThat(i.date()).isEqualTo("1987-03-03");
        assertThat(i.type()).isEqualTo("SANCTION");
        assertThatThrownBy(() -> ReutersCodingSet.item(new ObjectMapper().readTree(item(0, raw.length(), "00ff")),
                bodies)).isInstanceOf(EvaluationException.class).hasMessageContaining("rt-x")
                .hasMessageContaining("SHA-1");
    }

    @Test
    void theStoryIsTheDocumentSitrepsReaderMakesAndHoldsTheSentence() throws Exception {
        Path sgm = corpus();
        Map<String, RawDocument> docs = ReutersCodingSet.documents(sgm);
        assertThat(docs).containsOnlyKeys("reut2-000.sgm#7");
        String text = ReutersCodingSet.storyText(docs.get("reut2-000.sgm#7"));
        assertThat(text).startsWith("STRELSAU, March 3 -");
        assertThat(WikinewsCodingSet.locate(text, "Officials in the capital gave no further details.")).isNotNull();
        assertThat(ReutersCodingSet.folder(dir)).isEqualTo(sgm.getParent());
        assertThatThrownBy(() -> ReutersCodingSet.folder(Files.createDirectories(dir.resolve("empty"))))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("reut2-000.sgm");
    }

    @Test
    void theHeldOutSuitesReadTheHeldOutFileAndTheOthersTheFirst() {
        assertThat(ReutersCodingSet.fileOf("reuters-holdout")).isEqualTo("reuters-coding-holdout.jsonl");
        assertThat(ReutersCodingSet.fileOf("reuters-holdout-articles")).isEqualTo("reuters-coding-holdout.jsonl");
        assertThat(ReutersCodingSet.fileOf("reuters")).isEqualTo("reuters-coding.jsonl");
        assertThat(ReutersCodingSet.fileOf("reuters-articles")).isEqualTo("reuters-coding.jsonl");
    }
}
