package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Unreadable;

/**
 * The HTML response records of a WARC file (plain or gzipped), read with jwarc: each becomes an HTML document with
 * its target URI, its capture date (a fallback for the publication date) and the charset its HTTP header declares.
 * Other records are passed over; a broken or truncated archive keeps the records read before the break.
 */
final class WarcRecords {
    private WarcRecords() {
    }

    static boolean isWarc(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    static Stream<Ingested> read(String origin, InputStream in, long maxBytes) {
        List<Ingested> out = new ArrayList<>();
        int index = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            while (true) {
                WarcRecord record;
                try {
                    var next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    out.add(new Unreadable(origin + "#" + (index + 1), "broken or truncated WARC after record " + index
                            + ": " + e.getMessage() + ". The records before it were read."));
                    break;
                }
                index++;
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String where = origin + "#" + index;
                try {
                    HttpResponse http = response.http();
                    MediaType type = http.contentType();
                    String subtype = type.subtype().toLowerCase(Locale.ROOT);
                    if (!subtype.equals("html") && !subtype.equals("xhtml+xml")) {
                        continue;
                    }
                    byte[] body;
                    try (InputStream bodyStream = http.bodyDecoded().stream()) {
                        body = PathSource.readLimited(bodyStream, maxBytes);
                    }
                    String charset = type.parameters().get("charset");
                    LocalDate fetched = response.date() == null ? null
                            : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
                    out.add(new RawDocument(where, body, DocumentFormat.HTML, response.target(), null, fetched, charset));
                } catch (PathSource.DocumentTooLargeException e) {
                    out.add(new Unreadable(where, "record body is over the limit of " + maxBytes + " bytes"));
                } catch (IOException | RuntimeException e) {
                    out.add(new Unreadable(where, "cannot read WARC response record: " + e.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(new Unreadable(origin, "not a readable WARC file: " + e.getMessage()));
        }
        if (index == 0 && out.isEmpty()) {
            out.add(new Unreadable(origin, "empty WARC file: no records"));
        }
        return out.stream();
    }
}
