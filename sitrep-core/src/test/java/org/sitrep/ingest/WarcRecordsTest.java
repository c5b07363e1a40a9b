package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Unreadable;

class WarcRecordsTest {
    @TempDir
    Path dir;

    private static WarcResponse response(String uri, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2025-11-19T08:30:00Z")).body(http).build();
    }

    private byte[] warc(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
            w.write(response("https://example.org/news/1", "text/html; charset=iso-8859-1",
                    "<html><body><article><p>Police in K\u00f6ln arrested 20 protesters.</p></article></body></html>"
                            .getBytes(StandardCharsets.ISO_8859_1)));
            w.write(response("https://example.org/logo.png", "image/png", new byte[] {1, 2, 3}));
            w.write(response("https://example.org/news/2", "text/html",
                    "<html><body><p>Second page.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        }
        return out.toByteArray();
    }

    private List<Ingested> read(Path file) {
        try (var s = new PathSource(List.of(file.toString())).documents()) {
            return s.toList();
        }
    }

    @Test
    void htmlResponsesBecomeDocumentsWithUriCrawlDayAndCharset() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, warc(WarcCompression.GZIP));

        List<Ingested> docs = read(file);

        assertThat(docs).hasSize(2).allMatch(d -> d instanceof RawDocument);
        RawDocument first = (RawDocument) docs.get(0);
        assertThat(first.origin()).isEqualTo(file + "#1");
        assertThat(first.url()).isEqualTo("https://example.org/news/1");
        assertThat(first.fetched()).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(first.charset()).isEqualToIgnoringCase("iso-8859-1");
        assertThat(first.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(docs.get(1).origin()).isEqualTo(file + "#3");
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheBreak() throws IOException {
        byte[] whole = warc(WarcCompression.NONE);
        Path file = dir.resolve("cut.warc");
        Files.write(file, Arrays.copyOf(whole, whole.length - 60));

        List<Ingested> docs = read(file);

        assertThat(docs.get(0)).isInstanceOf(RawDocument.class);
        assertThat(docs).last().isInstanceOf(Unreadable.class);
        assertThat(((Unreadable) docs.get(docs.size() - 1)).reason()).containsAnyOf("truncated", "cannot read");
    }

    @Test
    void anEmptyArchiveIsReported() throws IOException {
        Path file = dir.resolve("empty.warc");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.flush();
        }
        assertThat(read(file)).singleElement().satisfies(d -> {
            assertThat(d).isInstanceOf(Unreadable.class);
            assertThat(((Unreadable) d).reason()).contains("empty WARC");
        });
    }
}
