package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;

/** What a page or record says about itself; any field may be null (authors may be empty). */
record PageMetadata(String url, String title, LocalDate published, LocalDate modified, String outlet,
                    String language, List<String> authors) {
    static final PageMetadata EMPTY = new PageMetadata(null, null, null, null, null, null, List.of());

    PageMetadata {
        authors = List.copyOf(authors);
    }

    /** This metadata with the fields it lacks taken from {@code other}. */
    PageMetadata orElse(PageMetadata other) {
        return new PageMetadata(url != null ? url : other.url, title != null ? title : other.title,
                published != null ? published : other.published, modified != null ? modified : other.modified,
                outlet != null ? outlet : other.outlet, language != null ? language : other.language,
                !authors.isEmpty() ? authors : other.authors);
    }
}
