package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Coreference through Sitrep's standard pipeline, which parses only some sentences: a sentence with no event
 * trigger is parsed too when it takes up a country or group named before ("The country ...", "The group ...").
 */
class StandardPipelineCoreferenceIT {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Sitrep.standard(List.of(), List.of());
    }

    private static ResolvedArticle resolve(String date, String text) {
        String doc = "date " + date + "\n" + text;
        return pipeline.resolve(RawDocument.of("test.txt", doc.getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT))
                .orElseThrow();
    }

    @Test
    void theCountryInASentenceWithNoEventIsStillTheCountryInFocus() {
        ResolvedArticle r = resolve("2024-05-02", "Paraguay opened a new hydroelectric plant on Monday."
                + " The country is among the largest exporters of electricity in the region.");
        assertThat(Nlp.codesOf(r, "The country")).containsExactly("PRY");
        r = resolve("2024-05-02", "Bhutan launched a digital identity scheme on Monday."
                + " The kingdom has fewer than one million people.");
        assertThat(Nlp.codesOf(r, "The kingdom")).containsExactly("BTN");
        // in a place phrase it is no actor, parsed or not
        r = resolve("2024-05-02", "Paraguay opened a new hydroelectric plant on Monday."
                + " Power cuts are rare across the country.");
        assertThat(r.actors()).noneMatch(m -> m.text().endsWith("the country"));
    }
}
