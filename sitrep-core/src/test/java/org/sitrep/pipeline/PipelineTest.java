package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.NewsExtractor;
import org.sitrep.fuse.KeyEventFuser;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Unreadable;

/** The pipeline with hand-written fake NLP stages: failures become outcomes, never exceptions. */
class PipelineTest {
    private static Pipeline pipeline(boolean annotatorFails) {
        return Pipeline.builder()
                .extractor(new NewsExtractor())
                .annotator(a -> {
                    if (annotatorFails) {
                        throw new IllegalStateException("parser exploded");
                    }
                    return new AnnotatedArticle(a, List.of(), List.of());
                })
                .resolver(a -> new ResolvedArticle(a, List.of(), List.of()))
                .coder(r -> List.of())
                .fuser(new KeyEventFuser())
                .build();
    }

    private static RawDocument text(String origin, String text) {
        return RawDocument.of(origin, text.getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT);
    }

    @Test
    void aStageFailureIsAFailedOutcomeNamingDocumentAndStage() {
        DocumentOutcome out = pipeline(true).process(text("doc.txt", "date 2025-01-01\nSome news."), new Timings());
        assertThat(out).isInstanceOf(DocumentOutcome.Failed.class);
        assertThat(out.origin()).isEqualTo("doc.txt");
        assertThat(((DocumentOutcome.Failed) out).reason()).isEqualTo("annotate failed: IllegalStateException: parser exploded");
    }

    @Test
    void unreadableInputsAndOtherLanguagesAreReportedNotCoded() {
        Pipeline p = pipeline(false);
        assertThat(p.process(new Unreadable("x.gz", "truncated gzip file"), new Timings()))
                .isEqualTo(new DocumentOutcome.Failed("x.gz", "truncated gzip file"));
        DocumentOutcome german = p.process(text("de.txt", "Die Regierung hat am Montag in Berlin mit der Opposition "
                + "über den Haushalt gesprochen, und die Gespräche sollen nicht vor dem Sommer enden."), new Timings());
        assertThat(german).isInstanceOf(DocumentOutcome.Skipped.class);
        assertThat(((DocumentOutcome.Skipped) german).reason()).contains("language 'de' is not supported");
    }

    @Test
    void anUndatedArticleIsCodedWithAWarning() {
        DocumentOutcome out = pipeline(false).process(text("nodate.txt", "Troops crossed the border, officials said."),
                new Timings());
        assertThat(((DocumentOutcome.Coded) out).warnings()).singleElement().asString().contains("no publication date");
    }

    @Test
    void aBatchGoesOnPastBadDocumentsAndCountsThem() {
        BatchRun run = new BatchRun(pipeline(false));
        run.run(() -> Stream.of(text("good.txt", "date 2025-01-01\nGood news."), text("empty.txt", ""),
                new Unreadable("cut.gz", "truncated gzip file")), o -> { });
        assertThat(run.documents()).isEqualTo(3);
        assertThat(run.coded()).isEqualTo(1);
        assertThat(run.summary()).isEqualTo("3 documents, 1 coded, 1 skipped (empty file: 1), 1 failed; 0 event mentions");
        assertThat(run.timings().nanos(Stage.EXTRACT)).isPositive();
    }
}
