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

/** Gold items that point into the Wikinews corpus by URL, code-point offsets and the sentence's SHA-1. */
class WikinewsCodingSetTest {
    @TempDir
    Path dir;

    private static final String TEXT = "Über 𝔸 Nacht. The council of Ruritania condemned the raid on Tuesday. More.";

    private static String item(int start, int end, String sha1) {
        return """
                {"id":"wn-x","url":"https://example.org/a","date":"2020-02-04","start":%d,"end":%d,"sha1":"%s",
                 "event_type":"ACCUSE","cameo":"122","actor":["RUR"],"recipient":[]}""".formatted(start, end, sha1);
    }

    @Test
    void aSentenceIsCutByCodePointsAndCheckedByItsHash() throws Exception {
        String sentence = "The council of Ruritania condemned the raid on Tuesday.";
        int start = TEXT.codePointCount(0, TEXT.indexOf("The council")); // the astral letter counts once
        int end = start + sentence.length();
        CodingSetEvaluation.Item i = WikinewsCodingSet.item(new ObjectMapper().readTree(
                item(start, end, org.sitrep.eval.GoldLines.sha1(sentence))), Map.of("https://example.org/a", TEXT));
        assertThat(i.text()).isEqualTo(sentence);
        assertThat(i.type()).isEqualTo("ACCUSE");
        assertThat(i.date()).isEqualTo("2020-02-04");
        assertThatThrownBy(() -> WikinewsCodingSet.item(new ObjectMapper().readTree(item(start, end, "00ff")),
                Map.of("https://example.org/a", TEXT))).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("wn-x").hasMessageContaining("SHA-1");
    }

    @Test
    void theCorpusIsReadFromItsCsvFilesWithQuotedLineBreaks() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/wikinews_2020.csv"), "url,date,title,text\n"
                + "https://example.org/a,2020-02-04,Title,\"First line.\nSecond, with a comma.\"\n",
                StandardCharsets.UTF_8);
        assertThat(WikinewsCodingSet.articles(dir)).containsEntry("https://example.org/a",
                "First line.\nSecond, with a comma.");
        assertThatThrownBy(() -> WikinewsCodingSet.articles(Files.createDirectories(dir.resolve("empty"))))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("no .csv");
    }
}
