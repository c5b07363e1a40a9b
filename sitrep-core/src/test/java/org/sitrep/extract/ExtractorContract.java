package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.RawDocument;
import org.sitrep.model.TextSpan;

/** What every {@link Extractor} guarantees; a test class per implementation extends this. */
abstract class ExtractorContract {
    protected abstract Extractor extractor();

    static RawDocument doc(String text, DocumentFormat format) {
        return RawDocument.of("test-doc", text.getBytes(StandardCharsets.UTF_8), format);
    }

    @Test
    void paragraphSpansLieInsideTheTextAndCoverWhatTheySay() {
        ExtractionResult r = extractor().extract(doc("date 2025-11-19\nTitle line here\n\nFirst paragraph.\n\n"
                + "Second paragraph, longer.", DocumentFormat.TEXT));
        Article a = ((ExtractionResult.Extracted) r).article();
        for (TextSpan p : a.paragraphs()) {
            assertThat(p.end()).isLessThanOrEqualTo(a.text().length());
            assertThat(p.of(a.text())).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
        }
    }

    @Test
    void theSameInputGivesTheSameArticle() {
        RawDocument d = doc("<html><body><article><p>One sentence here.</p><p>Two.</p></article></body></html>",
                DocumentFormat.HTML);
        assertThat(extractor().extract(d)).isEqualTo(extractor().extract(d));
    }

    @Test
    void emptyInputIsSkippedWithAReason() {
        for (DocumentFormat f : DocumentFormat.values()) {
            ExtractionResult r = extractor().extract(doc("", f));
            assertThat(r).isInstanceOf(ExtractionResult.Skipped.class);
            assertThat(((ExtractionResult.Skipped) r).reason()).isNotBlank();
            assertThat(r.origin()).isEqualTo("test-doc");
        }
    }

    @Test
    void randomBytesNeverThrowAndAreNotExtractedAsText() {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[random.nextInt(5000) + 1];
            random.nextBytes(bytes);
            for (DocumentFormat f : DocumentFormat.values()) {
                RawDocument d = RawDocument.of("random-" + i, bytes, f);
                assertThatCode(() -> extractor().extract(d)).doesNotThrowAnyException();
                assertThat(extractor().extract(d)).isNotInstanceOf(ExtractionResult.Extracted.class);
            }
        }
    }

    @Test
    void deeplyNestedMarkupFinishesQuickly() {
        String deep = "<div>".repeat(100_000) + "<p>Deep text at the bottom of the page.</p>" + "</div>".repeat(100_000);
        RawDocument d = doc("<html><body>" + deep + "</body></html>", DocumentFormat.HTML);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThat(extractor().extract(d)).isNotNull());
    }
}
