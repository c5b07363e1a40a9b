package org.sitrep.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Unreadable;

/**
 * Articles in a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks) with a header naming
 * its columns: {@code text} or {@code html}, and optionally {@code url}, {@code date}, {@code title}. Each row
 * becomes one JSON record with origin {@code path#row}; a row whose field count differs from the header's is
 * reported and skipped.
 */
public final class CsvArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("url", "date", "title", "text", "html");

    private CsvArticles() {
    }

    static Stream<Ingested> split(String origin, InputStream in, long maxBytes) throws IOException {
        byte[] bytes = PathSource.readLimited(in, maxBytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = parse(text);
        if (rows.isEmpty()) {
            return Stream.of(new Unreadable(origin, "empty CSV file"));
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.contains("text") && !header.contains("html")) {
            return Stream.of(new Unreadable(origin, "CSV header " + header + " has no 'text' or 'html' column"));
        }
        List<Ingested> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = origin + "#" + r;
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                out.add(new Unreadable(where, "row has " + row.size() + " fields, the header " + header.size()));
                continue;
            }
            ObjectNode o = JSON.createObjectNode();
            for (int c = 0; c < header.size(); c++) {
                if (FIELDS.contains(header.get(c))) {
                    o.put(header.get(c), row.get(c));
                }
            }
            out.add(RawDocument.of(where, JSON.writeValueAsBytes(o), DocumentFormat.JSON_RECORD));
        }
        return out.stream();
    }

    /** RFC 4180 rows (also for gold sets that refer to CSV corpora). */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                field.append(ch);
            }
        }
        if (any) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
