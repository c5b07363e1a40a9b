package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Gold sets in JSON lines: one record per non-blank line; a line that is no JSON names the file and line. */
public final class GoldLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldLines() {
    }

    /** A field's text, or null when the field is missing or null. */
    public static String text(JsonNode j, String field) {
        return j.hasNonNull(field) ? j.get(field).asText() : null;
    }

    /**
     * The hex SHA-1 of a text's UTF-8 bytes: how our gold sets on corpora in {@code ../shared} name the passage they
     * annotate without shipping it.
     */
    public static String sha1(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of a file. */
    public static <T> List<T> read(Path file, Function<JsonNode, T> record) {
        if (!Files.isRegularFile(file)) {
            throw new EvaluationException("no gold set at " + file + ". Give --data the set's file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), record);
        } catch (IOException e) {
            throw new EvaluationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The records of a set shipped in Sitrep's jar ({@code /org/sitrep/eval/sets/NAME}). */
    public static <T> List<T> builtIn(String name, Function<JsonNode, T> record) {
        try (InputStream in = GoldLines.class.getResourceAsStream("/org/sitrep/eval/sets/" + name)) {
            if (in == null) {
                throw new EvaluationException("the built-in set sets/" + name + " is missing from the jar");
            }
            return read(in, "sets/" + name, record);
        } catch (IOException e) {
            throw new EvaluationException("cannot read the built-in set " + name + ": " + e.getMessage(), e);
        }
    }

    static <T> List<T> read(InputStream in, String name, Function<JsonNode, T> record) throws IOException {
        List<T> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode j;
            try {
                j = JSON.readTree(line);
            } catch (IOException e) {
                throw new EvaluationException(name + ":" + n + ": not JSON: " + e.getMessage());
            }
            T t = record.apply(j);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
