package org.sitrep.eval.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.EvaluationException;

/**
 * One snippet of the CASE 2021 Task 2 set: a short news text and its one fine-grained event type (25 ACLED sub-event
 * types plus ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO and ATTRIB). The file is UTF-8 TSV,
 * {@code id<TAB>EventSnippet<TAB>SubType}, with a header line.
 *
 * @param id    snippet id
 * @param text  the snippet
 * @param label the gold type
 */
public record Case2021Record(String id, String text, String label) {
    /** Reads the TSV file; a missing file, a missing header or a line without three non-empty fields is an error. */
    public static List<Case2021Record> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EvaluationException("no CASE 2021 file at " + file + ". Give --data the Task 2 dev.tsv file.");
        }
        List<Case2021Record> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("id\t")) {
                throw new EvaluationException(file + ":1: expected the header id<TAB>EventSnippet<TAB>SubType");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                    throw new EvaluationException(file + ":" + n
                            + ": expected three non-empty tab-separated fields (id, EventSnippet, SubType)");
                }
                if (!Case2021Evaluation.LABELS.contains(f[2].strip())) {
                    throw new EvaluationException(file + ":" + n + ": unknown label '" + f[2].strip()
                            + "' (one of the 30 CASE 2021 Task 2 types)");
                }
                out.add(new Case2021Record(f[0].strip(), unquote(f[1].strip()), f[2].strip()));
            }
        } catch (IOException e) {
            throw new EvaluationException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new EvaluationException(file + ": no snippets after the header");
        }
        return out;
    }

    /** A field quoted spreadsheet-style ({@code "He said ""no"""}) without its quotes. */
    static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }
}
