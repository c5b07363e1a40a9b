package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Unreadable;

class PathSourceTest {
    @TempDir
    Path dir;

    private List<Ingested> read(String... inputs) {
        try (var s = new PathSource(List.of(inputs), IngestConfig.DEFAULTS,
                () -> new ByteArrayInputStream("date 2025-01-02\nHello.".getBytes(StandardCharsets.UTF_8))).documents()) {
            return s.toList();
        }
    }

    @Test
    void walksDirectoriesRecursivelyInSortedOrderAndSkipsHiddenFiles() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "date 2025-01-01\nB");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.html"), "<html><body><p>A</p></body></html>");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");

        List<Ingested> docs = read(dir.toString());

        assertThat(docs).extracting(Ingested::origin).containsExactly(dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString(), dir.resolve("sub/a.html").toString());
        assertThat(((RawDocument) docs.get(2)).format()).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void splitsJsonLinesIntoOneDocumentPerNonBlankLineWithLineNumbers() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n{broken\n");

        List<Ingested> docs = read(dir.resolve("feed.jsonl").toString());

        assertThat(docs).extracting(Ingested::origin).containsExactly(dir.resolve("feed.jsonl") + "#1",
                dir.resolve("feed.jsonl") + "#3", dir.resolve("feed.jsonl") + "#4");
        assertThat(docs).allMatch(d -> ((RawDocument) d).format() == DocumentFormat.JSON_RECORD);
    }

    @Test
    void readsGzippedFilesAndReportsTruncatedOnesAsUnreadable() throws IOException {
        byte[] gz = gzip("date 2025-01-01\nSome text that is long enough to be cut in the middle of it.");
        Files.write(dir.resolve("ok.txt.gz"), gz);
        Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length - 12));

        List<Ingested> docs = read(dir.resolve("ok.txt.gz").toString(), dir.resolve("cut.txt.gz").toString());

        assertThat(new String(((RawDocument) docs.get(0)).content(), StandardCharsets.UTF_8)).startsWith("date 2025-01-01");
        assertThat(docs.get(1)).isInstanceOf(Unreadable.class);
        assertThat(((Unreadable) docs.get(1)).reason()).contains("truncated gzip");
    }

    @Test
    void aMissingPathIsReportedNotThrown() {
        List<Ingested> docs = read(dir.resolve("nope").toString());

        assertThat(docs).singleElement().isInstanceOf(Unreadable.class);
        assertThat(((Unreadable) docs.get(0)).reason()).contains("no such file");
    }

    @Test
    void aDocumentOverTheSizeLimitIsUnreadableWithTheLimitInTheReason() throws IOException {
        Files.write(dir.resolve("big.txt"), new byte[2048]);
        try (var s = new PathSource(List.of(dir.resolve("big.txt").toString()), new IngestConfig(1024),
                () -> InputStreamHolder.EMPTY).documents()) {
            Ingested only = s.toList().get(0);
            assertThat(only).isInstanceOf(Unreadable.class);
            assertThat(((Unreadable) only).reason()).contains("over the limit of 1024 bytes");
        }
    }

    @Test
    void standardInputIsSniffedForItsFormat() {
        List<Ingested> docs = read("-");

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("-");
            assertThat(((RawDocument) d).format()).isEqualTo(DocumentFormat.TEXT);
        });
    }

    @Test
    void sniffsMarkupJsonAndText() {
        assertThat(PathSource.sniff("  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.HTML);
        assertThat(PathSource.sniff("{\"text\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.JSON_RECORD);
        assertThat(PathSource.sniff("date 2025-01-01".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.TEXT);
        assertThat(PathSource.sniff("<not html at all".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.TEXT);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static final class InputStreamHolder {
        static final java.io.InputStream EMPTY = new ByteArrayInputStream(new byte[0]);
    }

    @Test
    void readsCsvArticlesWithQuotedFieldsAndReportsBrokenRows() throws IOException {
        Files.writeString(dir.resolve("news.csv"), """
                url,date,title,text
                https://example.org/a,2020-01-02,"Talks, at last","He said ""yes"".
                Second line."
                https://example.org/b,2020-01-03,Only three fields
                """);

        List<Ingested> docs = read(dir.resolve("news.csv").toString());

        assertThat(docs).hasSize(2);
        RawDocument first = (RawDocument) docs.get(0);
        assertThat(first.origin()).endsWith("news.csv#1");
        assertThat(first.format()).isEqualTo(DocumentFormat.JSON_RECORD);
        assertThat(new String(first.content(), StandardCharsets.UTF_8))
                .contains("\"title\":\"Talks, at last\"").contains("He said \\\"yes\\\".\\nSecond line.")
                .contains("\"date\":\"2020-01-02\"");
        assertThat(docs.get(1)).isInstanceOf(Unreadable.class);
        assertThat(((Unreadable) docs.get(1)).reason()).contains("3 fields").contains("header 4");
    }

    @Test
    void aCsvWithoutATextColumnIsOneClearError() throws IOException {
        Files.writeString(dir.resolve("prices.csv"), "item,price\napple,3\n");

        assertThat(read(dir.resolve("prices.csv").toString())).singleElement()
                .satisfies(d -> assertThat(((Unreadable) d).reason()).contains("no 'text' or 'html' column"));
    }

    @Test
    void readsReutersSgmlRecordsWithTheirDateTitleAndDateline() throws IOException {
        Files.writeString(dir.resolve("reut2-000.sgm"), """
                <!DOCTYPE lewis SYSTEM "lewis.dtd">
                <REUTERS TOPICS="NO" NEWID="7">
                <DATE> 3-MAR-1987 09:12:44.11</DATE>
                <TEXT>&#2;
                <TITLE>PORT STRIKE ENDS</TITLE>
                <DATELINE>    ROTTERDAM, March 3 - </DATELINE><BODY>Dock workers ended
                their strike &lt;after&gt; talks &amp; a deal.
                 Reuter
                &#3;</BODY></TEXT>
                </REUTERS>
                <REUTERS NEWID="8"><DATE>3-MAR-1987</DATE><TEXT TYPE="BRIEF"><TITLE>NO BODY</TITLE></TEXT></REUTERS>
                """, StandardCharsets.ISO_8859_1);

        List<Ingested> docs = read(dir.resolve("reut2-000.sgm").toString());

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.origin()).endsWith("reut2-000.sgm#7");
            String json = new String(((RawDocument) d).content(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"date\":\"1987-03-03\"").contains("\"title\":\"PORT STRIKE ENDS\"")
                    .contains("ROTTERDAM, March 3 - Dock workers ended their strike <after> talks & a deal.")
                    .doesNotContain("Reuter\"");
        });
    }
}
