package org.sitrep.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.events.IndiaPoliceEvaluation.Label;
import org.sitrep.model.ArticleRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;

class IndiaPoliceEvaluationTest {
    @TempDir
    Path dir;

    private static EventMention event(PloverType type, String cameo, String actorCode, Long killed) {
        String sentence = "the police fired on the crowd.";
        Casualties c = killed == null ? Casualties.NONE
                : new Casualties(new Count(killed, killed, killed + " people"), null, null, null);
        return new EventMention("t", null, type, null, List.of(), cameo,
                List.of(new Participant("police", actorCode, "police", null, 4, 10)), List.of(),
                new EventDate(null, DatePrecision.UNKNOWN, null), null, List.of(), c,
                new Attribution(null, null, null, null), Factuality.ASSERTED, null,
                new Evidence(sentence, 0, sentence.length(), "fired", 11, 16), List.of(), 0.8,
                new ArticleRef("t", null, null, null, null, null));
    }

    @Test
    void theLabelsFollowTheWrittenMapping() {
        assertThat(IndiaPoliceEvaluation.labels(event(PloverType.ASSAULT, "190", "INDCOP", 3L)))
                .containsExactlyInAnyOrder(Label.KILL, Label.FORCE, Label.ANY_ACTION);
        assertThat(IndiaPoliceEvaluation.labels(event(PloverType.COERCE, "173", "INDCVL", null)))
                .containsExactlyInAnyOrder(Label.ARREST, Label.ANY_ACTION);
        assertThat(IndiaPoliceEvaluation.labels(event(PloverType.CONSULT, "040", "INDMIL", null)))
                .containsExactly(Label.ANY_ACTION);
        // rioters killing people are no police action
        assertThat(IndiaPoliceEvaluation.labels(event(PloverType.ASSAULT, "190", "INDCVL", 5L))).isEmpty();
    }

    @Test
    void readsSentencesInOrderWithTheirArticleDate() throws IOException {
        Path f = dir.resolve("data/final");
        Files.createDirectories(f);
        Files.writeString(f.resolve("metadata.jsonl"), "{\"doc_id\": 7, \"date\": \"2002-03-02\", \"url\": \"u\"}\n",
                StandardCharsets.UTF_8);
        Files.writeString(f.resolve("sents.jsonl"), """
                {"doc_id": 7, "sent_id": 0, "sent_labels": [], "sent_text": "ahmedabad:"}
                {"doc_id": 7, "sent_id": 1, "sent_labels": ["ARREST", "ANY_ACTION"], "sent_text": "police arrested 20 people. "}
                """, StandardCharsets.UTF_8);
        List<IndiaPoliceEvaluation.Doc> docs = IndiaPoliceEvaluation.read(dir);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo("2002-03-02");
            assertThat(d.sentences()).containsExactly("ahmedabad:", "police arrested 20 people.");
            assertThat(d.labels().get(1)).containsExactlyInAnyOrder(Label.ARREST, Label.ANY_ACTION);
        });
    }

    @Test
    void perfectPredictionsScoreOneAndNoPredictionsScoreZero() {
        List<java.util.Set<Label>> gold = List.of(java.util.EnumSet.noneOf(Label.class),
                java.util.EnumSet.of(Label.ARREST, Label.ANY_ACTION), java.util.EnumSet.of(Label.KILL, Label.FORCE,
                        Label.ANY_ACTION, Label.FAIL));
        IndiaPoliceEvaluation.Doc doc = new IndiaPoliceEvaluation.Doc("1", "2002-03-02", List.of("a", "b", "c"), gold);
        java.util.Map<String, Object> perfect = IndiaPoliceEvaluation.tally(List.of(doc), List.of(gold), x -> { });
        assertThat(perfect.get("macro_f1")).isEqualTo(1.0);
        List<java.util.Set<Label>> none = List.of(java.util.EnumSet.noneOf(Label.class),
                java.util.EnumSet.noneOf(Label.class), java.util.EnumSet.noneOf(Label.class));
        List<String> misses = new java.util.ArrayList<>();
        java.util.Map<String, Object> empty = IndiaPoliceEvaluation.tally(List.of(doc), List.of(none), misses::add);
        assertThat(empty.get("macro_f1")).isEqualTo(0.0);
        assertThat(empty.get("sentences")).isEqualTo(3);
        assertThat(misses).hasSize(2);
    }

    @Test
    void aFolderWithoutTheCorpusIsAClearError() {
        assertThatThrownBy(() -> IndiaPoliceEvaluation.read(dir)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("sents.jsonl");
    }
}
