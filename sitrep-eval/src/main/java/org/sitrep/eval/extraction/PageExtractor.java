package org.sitrep.eval.extraction;

import java.time.LocalDate;
import net.dankito.readability4j.Readability4J;
import org.sitrep.extract.NewsExtractor;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.RawDocument;

/** Something that extracts main text (and perhaps a date) from a page: Sitrep or a reference extractor. */
public interface PageExtractor {
    /**
     * The extracted text, date, headline and language; text null when the extractor found nothing or failed, the
     * others null when the extractor found none or does not look for one.
     */
    record Output(String text, LocalDate date, String title, String language) {
        public Output(String text, LocalDate date) {
            this(text, date, null, null);
        }
    }

    String name();

    Output extract(Page page);

    /** The extractor called {@code name}: sitrep, readability4j or boilerpipe. */
    static PageExtractor named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "sitrep" -> sitrep();
            case "readability4j" -> readability4j();
            case "boilerpipe" -> boilerpipe();
            default -> throw new org.sitrep.eval.EvaluationException(
                    "unknown extractor '" + name + "' (sitrep, readability4j, boilerpipe)");
        };
    }

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
                    return new Output(e.article().text(), e.article().published(), e.article().title(),
                            e.article().language());
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
                    net.dankito.readability4j.Article a =
                            new Readability4J(page.url() == null ? "" : page.url(), html).parse();
                    return new Output(a.getTextContent(), null, a.getTitle(), null);
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
                    // what ArticleExtractor.getText(html) does, keeping the document to read its title as well
                    de.l3s.boilerpipe.document.TextDocument doc = new de.l3s.boilerpipe.sax.BoilerpipeSAXInput(
                            new org.xml.sax.InputSource(new java.io.StringReader(html))).getTextDocument();
                    de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.process(doc);
                    return new Output(doc.getContent(), null, doc.getTitle(), null);
                } catch (Exception | StackOverflowError e) {
                    return new Output(null, null);
                }
            }
        };
    }
}
