package org.sitrep.eval.extraction;

import java.time.LocalDate;
import net.dankito.readability4j.Readability4J;
import org.sitrep.extract.NewsExtractor;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.RawDocument;

/** Something that extracts main text (and perhaps a date) from a page: Sitrep or a reference extractor. */
public interface PageExtractor {
    /** The extracted text and date; text null when the extractor found nothing or failed. */
    record Output(String text, LocalDate date) {
    }

    String name();

    Output extract(Page page);

    /** Sitrep's extractor, the way the pipeline runs it. */
    static PageExtractor sitrep() {
        NewsExtractor extractor = new NewsExtractor();
        return new PageExtractor() {
            @Override
            public String name() {
                return "sitrep";
            }

            @Override
            public Output extract(Page page) {
                ExtractionResult r = extractor.extract(new RawDocument(page.id(), page.html(), DocumentFormat.HTML,
                        page.url(), null));
                if (r instanceof ExtractionResult.Extracted e) {
                    return new Output(e.article().text(), e.article().published());
                }
                return new Output(null, null);
            }
        };
    }

    /** Readability4J (net.dankito.readability4j), a Java port of Mozilla's Readability.js. */
    static PageExtractor readability4j() {
        return new PageExtractor() {
            @Override
            public String name() {
                return "readability4j";
            }

            @Override
            public Output extract(Page page) {
                try {
                    String html = NewsExtractor.decodeHtml(page.html());
                    String text = new Readability4J(page.url() == null ? "" : page.url(), html).parse().getTextContent();
                    return new Output(text, null);
                } catch (RuntimeException | StackOverflowError e) {
                    return new Output(null, null);
                }
            }
        };
    }

    /** boilerpipe's ArticleExtractor (com.syncthemall:boilerpipe, the Maven Central repackaging of 1.2.x). */
    static PageExtractor boilerpipe() {
        return new PageExtractor() {
            @Override
            public String name() {
                return "boilerpipe";
            }

            @Override
            public Output extract(Page page) {
                try {
                    String html = NewsExtractor.decodeHtml(page.html());
                    return new Output(de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html), null);
                } catch (Exception | StackOverflowError e) {
                    return new Output(null, null);
                }
            }
        };
    }
}
