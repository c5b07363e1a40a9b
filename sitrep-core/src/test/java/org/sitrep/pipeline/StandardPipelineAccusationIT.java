package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.EventMention;
import org.sitrep.model.PloverType;
import org.sitrep.model.RawDocument;

/**
 * Sitrep's standard pipeline parses only sentences that may hold an event: a sentence that accuses with no word of
 * a pattern ("said the crash was Iran's doing", "said the militia was behind it") is parsed too.
 */
class StandardPipelineAccusationIT {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Sitrep.standard(List.of(), List.of());
    }

    private static List<EventMention> code(String date, String text) {
        String doc = "date " + date + "\n" + text;
        DocumentOutcome out = pipeline.process(RawDocument.of("test.txt", doc.getBytes(StandardCharsets.UTF_8),
                DocumentFormat.TEXT), new Timings());
        return ((DocumentOutcome.Coded) out).mentions();
    }

    @Test
    void aDeedSaidToBeAnothersIsCodedThroughTheStandardPipeline() {
        assertThat(code("2025-11-19", "Flights resumed in Gdansk on Monday. Poland said the explosion was likely "
                + "Russia's doing.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.actor()).anyMatch(p -> p.code().startsWith("POL"));
                    assertThat(e.recipient()).anyMatch(p -> p.code().startsWith("RUS"));
                });
    }
}
