package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The main text of one news document and its metadata, boilerplate removed. Paragraph spans index into
 * {@link #text()}, where paragraphs are separated by a blank line; every later offset points into this text.
 *
 * @param id         stable identifier derived from the content (same text, URL and date give the same id)
 * @param origin     the input it came from
 * @param url        canonical URL when known, else null
 * @param title      headline when known, else null
 * @param published  publication date when known, else null; it anchors every relative date
 * @param modified   last modification date when the page gives one apart from publication, else null
 * @param outlet     publisher or agency ("Reuters") when known, else null
 * @param language   ISO 639-1 code of the text ("en"), or "und" when unknown
 * @param text       the article body
 * @param paragraphs spans of the paragraphs in {@code text}, in order
 * @param captions   image captions and credits found on the page, never part of {@code text}
 * @param authors    bylines, possibly empty
 */
public record Article(String id, String origin, String url, String title, LocalDate published, LocalDate modified,
                      String outlet,
                      String language, String text, List<TextSpan> paragraphs, List<Caption> captions,
                      List<String> authors) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        authors = List.copyOf(authors);
        for (TextSpan p : paragraphs) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + p + " outside text of length " + text.length());
            }
        }
    }

    public Optional<LocalDate> findPublished() {
        return Optional.ofNullable(published);
    }
}
