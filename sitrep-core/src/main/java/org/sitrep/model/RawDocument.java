package org.sitrep.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of one input document as read by a source, before extraction, with what the container told about it
 * (a URL or date from a JSON record or archive header). The bytes are never decoded here.
 *
 * @param origin  where it came from (path, {@code path#line}, {@code -})
 * @param content the raw bytes (copied defensively)
 * @param format  how to read the bytes
 * @param url     the document's URL when the container gave one, else null
 * @param date    the publication date when the container gave one, else null
 * @param fetched the day the document was fetched (a WARC record's date), used when the page names no
 *                publication date; else null
 * @param charset the character set the container declared (an HTTP Content-Type), else null
 */
public record RawDocument(String origin, byte[] content, DocumentFormat format, String url, LocalDate date,
                          LocalDate fetched, String charset) implements Ingested {
    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        content = Objects.requireNonNull(content, "content").clone();
    }

    public RawDocument(String origin, byte[] content, DocumentFormat format, String url, LocalDate date) {
        this(origin, content, format, url, date, null, null);
    }

    public static RawDocument of(String origin, byte[] content, DocumentFormat format) {
        return new RawDocument(origin, content, format, null, null);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The number of bytes, without copying them. */
    public int size() {
        return content.length;
    }

    public Optional<String> findUrl() {
        return Optional.ofNullable(url);
    }

    public Optional<LocalDate> findDate() {
        return Optional.ofNullable(date);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawDocument other && origin.equals(other.origin) && format == other.format
                && Arrays.equals(content, other.content) && Objects.equals(url, other.url)
                && Objects.equals(date, other.date) && Objects.equals(fetched, other.fetched)
                && Objects.equals(charset, other.charset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, format, Arrays.hashCode(content), url, date, fetched, charset);
    }

    @Override
    public String toString() {
        return "RawDocument[" + origin + ", " + format + ", " + content.length + " bytes]";
    }
}
