package org.sitrep.eval.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvaluationException;

/** Gold items that point into the gun-violence corpus by document id and the SHA-1 of its content. */
class GunViolenceEvaluationTest {
    @TempDir
    Path dir;

    private static final String CONTENT = "Subscribe now!\n\nTwo men were shot on Elm Street on Monday night, police said.";

    private JsonNode gold(String sha1) throws Exception {
        return new ObjectMapper().readTree("""
                {"id":"gv-x","doc":"d1","dct":"2016-03-08","sha1":"%s","date":"2016-03-07","state":"Ohio",
                 "city":null,"killed":0,"injured":2,"arrested":null}""".formatted(sha1));
    }

    @Test
    void aPageIsReadWithItsTitleAndGoldAndAnUnscoredValueStaysNull() throws Exception {
        Files.writeString(dir.resolve("violent_corpus.jsonl"), new ObjectMapper().writeValueAsString(java.util.Map.of(
                "id", "d1", "title", "Two shot on Elm Street", "dct", "2016-03-08", "content", CONTENT)) + "\n",
                StandardCharsets.UTF_8);
        List<GunViolenceEvaluation.Doc> docs = GunViolenceEvaluation.read(dir,
                List.of(gold(org.sitrep.eval.GoldLines.sha1(CONTENT))));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.text()).startsWith("Two shot on Elm Street\n\nSubscribe now!");
            assertThat(d.injured()).isEqualTo(2L);
            assertThat(d.arrested()).isNull();
            assertThat(d.date()).isEqualTo("2016-03-07");
        });
        assertThatThrownBy(() -> GunViolenceEvaluation.read(dir, List.of(gold("00ff"))))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("gv-x").hasMessageContaining("SHA-1");
    }
}
