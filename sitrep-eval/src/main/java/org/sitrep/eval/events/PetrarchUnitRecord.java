package org.sitrep.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.eval.EvaluationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One record of PETRARCH's unit tests ({@code PETR.UnitTest.records.xml}): a dated sentence and the codings
 * PETRARCH must produce, or none ({@code noevents}, or an {@code error} coding: a discarded sentence or story, a
 * dateline). Records marked {@code sentence="false"} are features PETRARCH itself does not implement and skips in
 * validation, and {@code error="bad_input_parse"} records test its reading of broken parse trees, which Sitrep does
 * not take; {@code active} tells them apart.
 *
 * @param id       record id ("DEMO-00")
 * @param category test category (DEMO, ACTOR, AGENT, ...)
 * @param date     ISO date (YYYY-MM-DD)
 * @param text     the sentence
 * @param codings  gold (source, target, event code) triples; empty for a noevents record
 * @param noEvents true when the record must produce no event
 * @param active   false when PETRARCH's validation skips the record
 * @param config   the PETRARCH options in force for the record: the {@code <Config option=".." value="..">}
 *                 elements before it in the file, the later of two settings of one option winning (option names
 *                 lower-cased); empty when the file sets none
 */
public record PetrarchUnitRecord(String id, String category, String date, String text, List<Coding> codings,
                                 boolean noEvents, boolean active, Map<String, String> config) {
    /** One gold coding. */
    public record Coding(String source, String target, String code) {
    }

    public PetrarchUnitRecord {
        codings = List.copyOf(codings);
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** A record coded with PETRARCH's default options. */
    public PetrarchUnitRecord(String id, String category, String date, String text, List<Coding> codings,
                              boolean noEvents, boolean active) {
        this(id, category, date, text, codings, noEvents, active, Map.of());
    }

    /** Reads the records file from a folder holding it, or the file itself. */
    public static List<PetrarchUnitRecord> read(Path data) {
        Path file = Files.isDirectory(data) ? data.resolve("PETR.UnitTest.records.xml") : data;
        if (!Files.isRegularFile(file)) {
            throw new EvaluationException(file + ": no PETRARCH unit test records here (PETR.UnitTest.records.xml)");
        }
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new EvaluationException(file + ": cannot read the records: " + e.getMessage());
        }
        List<PetrarchUnitRecord> out = new ArrayList<>();
        // the options a validation file sets hold for the records after them, until set again
        Map<String, String> config = new LinkedHashMap<>();
        NodeList elements = doc.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element s = (Element) elements.item(i);
            if (s.getTagName().equals("Config")) {
                if (!s.getAttribute("option").isBlank()) {
                    config.put(s.getAttribute("option").strip().toLowerCase(Locale.ROOT), s.getAttribute("value"));
                }
                continue;
            }
            if (!s.getTagName().equals("Sentence")) {
                continue;
            }
            String date = s.getAttribute("date");
            if (!date.matches("\\d{8}")) {
                throw new EvaluationException(file + ": record " + s.getAttribute("id") + " has no date (YYYYMMDD)");
            }
            List<Coding> codings = new ArrayList<>();
            boolean noEvents = false;
            boolean active = !"false".equals(s.getAttribute("sentence"));
            NodeList cs = s.getElementsByTagName("EventCoding");
            for (int j = 0; j < cs.getLength(); j++) {
                Element c = (Element) cs.item(j);
                if (c.hasAttribute("noevents")) {
                    noEvents = true;
                } else if (c.hasAttribute("error")) {
                    // PETRARCH refuses the sentence: a discard or a dateline codes nothing; a broken parse tree
                    // tests PETRARCH's reading of its Treebank input, which Sitrep does not take (it parses text)
                    noEvents = true;
                    active &= !"bad_input_parse".equals(c.getAttribute("error").strip());
                } else {
                    codings.add(new Coding(c.getAttribute("sourcecode").strip(), c.getAttribute("targetcode").strip(),
                            c.getAttribute("eventcode").strip()));
                }
            }
            NodeList text = s.getElementsByTagName("Text");
            String t = text.getLength() == 0 ? "" : text.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            out.add(new PetrarchUnitRecord(s.getAttribute("id"), s.getAttribute("category"),
                    date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6), t, codings, noEvents,
                    active, config));
        }
        if (out.isEmpty()) {
            throw new EvaluationException(file + ": no <Sentence> records");
        }
        return out;
    }
}
