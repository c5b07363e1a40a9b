package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Unreadable;

/** Splits a JSON lines stream into one raw document per non-blank line; the extractor parses each line. */
final class JsonLines {
    private JsonLines() {
    }

    static Stream<Ingested> split(String origin, InputStream in, long maxLineBytes) throws IOException {
        List<Ingested> out = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int lineNumber = 1;
        boolean overLimit = false;
        byte[] buffer = new byte[64 * 1024];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        emit(out, origin, lineNumber, line, overLimit, maxLineBytes);
                        line.reset();
                        overLimit = false;
                        lineNumber++;
                    } else if (!overLimit) {
                        line.write(b);
                        if (line.size() > maxLineBytes) {
                            overLimit = true;
                            line.reset();
                        }
                    }
                }
            }
        } catch (java.io.EOFException e) {
            out.add(new Unreadable(origin + "#" + lineNumber,
                    "truncated input: unexpected end after line " + (lineNumber - 1) + "; earlier lines were kept"));
            return out.stream();
        }
        emit(out, origin, lineNumber, line, overLimit, maxLineBytes);
        return out.stream();
    }

    private static void emit(List<Ingested> out, String origin, int lineNumber, ByteArrayOutputStream line,
                             boolean overLimit, long maxLineBytes) {
        String where = origin + "#" + lineNumber;
        if (overLimit) {
            out.add(new Unreadable(where, "JSON line is over the limit of " + maxLineBytes + " bytes"));
            return;
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
            return;
        }
        out.add(RawDocument.of(where, bytes, DocumentFormat.JSON_RECORD));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
