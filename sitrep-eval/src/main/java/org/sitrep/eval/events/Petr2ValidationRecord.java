package org.sitrep.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.eval.EvaluationException;

/**
 * Reads PETRARCH-2's GSR validation file ({@code PETR2_GSR_validation.xml}, UniversalPetrarch). The file is not
 * well-formed XML: each record opens with a self-closed {@code <Sentence .../>} tag, followed by its
 * {@code <EventCoding .../>} lines, its {@code <Text>} and a UD parse, and a stray {@code </Sentence>}; so it is read
 * line by line. Records come out as {@link PetrarchUnitRecord}s (the same dated sentence and gold triples).
 * Records not marked {@code evaluate="true"} are inactive.
 */
public final class Petr2ValidationRecord {
    private static final Pattern SENTENCE = Pattern.compile("^\\s*<Sentence\\b([^>]*)>");
    private static final Pattern CODING = Pattern.compile("^\\s*<EventCoding\\b([^>]*)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    private Petr2ValidationRecord() {
    }

    /** Reads the validation file, from its folder or the file itself. */
    public static List<PetrarchUnitRecord> read(Path data) {
        Path file = Files.isDirectory(data) ? data.resolve("PETR2_GSR_validation.xml") : data;
        if (!Files.isRegularFile(file)) {
            throw new EvaluationException(file + ": no PETRARCH-2 validation records here (PETR2_GSR_validation.xml)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvaluationException(file + ": cannot read: " + e.getMessage());
        }
        return parse(lines, file.toString());
    }

    static List<PetrarchUnitRecord> parse(List<String> lines, String name) {
        List<PetrarchUnitRecord> out = new ArrayList<>();
        String id = null;
        String category = "";
        String date = null;
        boolean active = false;
        boolean noEvents = false;
        List<PetrarchUnitRecord.Coding> codings = new ArrayList<>();
        StringBuilder text = null;
        boolean inText = false;
        boolean inParse = false;
        StringBuilder parsed = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Matcher s = line == null ? null : SENTENCE.matcher(line);
            if (line == null || s.find()) {
                if (id != null) {
                    if (text == null) {
                        throw new EvaluationException(name + ": record " + id + " has no <Text>");
                    }
                    String t = unescape(text.toString().strip().replaceAll("\\s+", " "));
                    if (t.isEmpty()) {
                        t = parsed.toString().strip(); // one record has an empty <Text>: its words are in the parse
                    }
                    out.add(new PetrarchUnitRecord(id, category, date, t, codings, noEvents, active));
                }
                if (line == null) {
                    break;
                }
                String attrs = s.group(1);
                id = attribute(attrs, "id");
                category = attribute(attrs, "category");
                String d = attribute(attrs, "date");
                if (d.matches("\\d{6}")) {
                    d = "20" + d; // one record is dated YYMMDD
                }
                if (id.isEmpty() || !d.matches("\\d{8}")) {
                    throw new EvaluationException(name + ":" + (i + 1) + ": a <Sentence> needs an id and a date YYYYMMDD");
                }
                date = d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6);
                active = "true".equals(attribute(attrs, "evaluate"));
                noEvents = false;
                codings = new ArrayList<>();
                text = null;
                inText = false;
                inParse = false;
                parsed.setLength(0);
                continue;
            }
            if (id == null) {
                continue;
            }
            Matcher c = CODING.matcher(line);
            if (c.find()) {
                String attrs = c.group(1);
                if (!attribute(attrs, "noevents").isEmpty() || !attribute(attrs, "error").isEmpty()) {
                    noEvents = true;
                } else {
                    codings.add(new PetrarchUnitRecord.Coding(attribute(attrs, "sourcecode"),
                            attribute(attrs, "targetcode"), attribute(attrs, "eventcode")));
                }
            } else if (line.strip().startsWith("<Parse>")) {
                inParse = true;
            } else if (inParse) {
                // CoNLL-U rows: the form is the second column, SpaceAfter=No in the tenth glues the next word
                String[] cols = line.split("\t");
                if (line.contains("</Parse>")) {
                    inParse = false;
                } else if (cols.length >= 10 && cols[0].matches("\\d+")) {
                    parsed.append(cols[1]).append(cols[9].contains("SpaceAfter=No") ? "" : " ");
                }
            } else if (line.strip().startsWith("<Text>")) {
                inText = true;
                text = new StringBuilder(line.strip().substring("<Text>".length()));
            } else if (inText) {
                int end = line.indexOf("</Text>");
                text.append(' ').append(end >= 0 ? line.substring(0, end) : line);
                inText = end < 0;
            }
            if (inText && text != null && text.indexOf("</Text>") >= 0) {
                text.setLength(text.indexOf("</Text>"));
                inText = false;
            }
        }
        if (out.isEmpty()) {
            throw new EvaluationException(name + ": no <Sentence> records");
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String attribute(String attrs, String key) {
        Matcher m = ATTRIBUTE.matcher(attrs);
        while (m.find()) {
            if (m.group(1).equals(key)) {
                return unescape(m.group(2).strip());
            }
        }
        return "";
    }
}
