package org.sitrep.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Unreadable;

/**
 * Reuters-21578 SGML newswire ({@code reut2-NNN.sgm}): each {@code <REUTERS>} record becomes one JSON record with
 * its {@code DATE} (day), {@code TITLE} and {@code DATELINE} + {@code BODY} as text; origin {@code path#NEWID}.
 * Records without a body (brief items) are skipped silently; a record with an unreadable date is coded undated.
 */
final class ReutersSgml {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RECORD = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final DateTimeFormatter DATE = new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    private ReutersSgml() {
    }

    static Stream<Ingested> split(String origin, InputStream in, long maxBytes) throws IOException {
        // the collection is ASCII with a few Latin-1 bytes
        String text = new String(PathSource.readLimited(in, maxBytes), StandardCharsets.ISO_8859_1);
        List<Ingested> out = new ArrayList<>();
        Matcher m = RECORD.matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
            Matcher id = NEWID.matcher(m.group(1));
            String where = origin + "#" + (id.find() ? id.group(1) : String.valueOf(found));
            String body = element(m.group(2), "BODY");
            if (body == null || body.isBlank()) {
                continue;
            }
            ObjectNode o = JSON.createObjectNode();
            String date = element(m.group(2), "DATE");
            if (date != null) {
                try {
                    o.put("date", LocalDate.parse(date.strip().split("\\s+")[0], DATE).toString());
                } catch (DateTimeParseException e) {
                    // coded undated; the extractor warns
                }
            }
            String title = element(m.group(2), "TITLE");
            if (title != null) {
                o.put("title", unescape(title).strip());
            }
            String dateline = element(m.group(2), "DATELINE");
            o.put("text", (dateline == null ? "" : unescape(dateline).strip() + " ") + unescape(body).strip());
            out.add(RawDocument.of(where, JSON.writeValueAsBytes(o), DocumentFormat.JSON_RECORD));
        }
        if (found == 0) {
            out.add(new Unreadable(origin, "no <REUTERS> records: not a Reuters-21578 SGML file"));
        }
        return out.stream();
    }

    private static String element(String record, String name) {
        int start = record.indexOf("<" + name + ">");
        int end = record.indexOf("</" + name + ">");
        return start < 0 || end < start ? null : record.substring(start + name.length() + 2, end);
    }

    /** SGML entities and control characters: "&lt;" is "<", "&#3;" (end of text) goes. */
    static String unescape(String s) {
        String t = s.replaceAll("&#\\d+;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return t.replaceAll("\\s*\\n\\s*(?=\\S)", " ").replace("Reuter\u0003", "").replaceAll("\\s+Reuter\\s*$", "");
    }
}
