package org.sitrep.eval.attributes;

import static org.sitrep.eval.GoldLines.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.eval.GoldLines;
import org.sitrep.eval.Scores;
import org.sitrep.eval.events.Coder;
import org.sitrep.model.EventMention;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.DocumentOutcome;

/**
 * Scores quotations, their speakers and the events they comment on, on Sitrep's own quotation set
 * ({@code sets/quotes.jsonl}, written by the project; conventions in docs/evaluation.md, "Our quotation set").
 *
 * <p>A predicted quotation matches a gold one of the same item when their texts are equal after trimming
 * surrounding whitespace and punctuation (one to one, in text order). Precision, recall and F1 are micro-averaged
 * over the set. Over matched gold quotations: the speaker is right when, lower-cased, without punctuation and a
 * leading "the", one contains the other (or both are null); the speaker's country is right when every predicted
 * code starts with the gold prefix (and there is one), or when the gold is null and there is no code. Over all gold
 * quotations: the attachment is right when the matched quotation is the quote of an event whose evidence trigger
 * contains the gold word, or of no event when the gold word is null; a missed quotation is wrong.
 */
public final class QuotationSetEvaluation {
    private QuotationSetEvaluation() {
    }

    /** A gold quotation. */
    public record GoldQuote(String text, String speaker, String speakerCountry, String commentsOn) {
    }

    /** One item of the set. */
    public record Item(String id, String date, String text, List<GoldQuote> quotes) {
    }

    /**
     * A quotation as Sitrep found it, reduced to what is scored: its words, speaker, speaker codes and the triggers
     * of the events it is the quote of.
     */
    public record Predicted(String text, String speaker, List<String> speakerCodes, List<String> attachedTo) {
    }

    /** The set shipped with Sitrep. */
    public static List<Item> builtIn() {
        return GoldLines.builtIn("quotes.jsonl", QuotationSetEvaluation::item);
    }

    /** A set in the same format from a file. */
    public static List<Item> read(Path file) {
        return GoldLines.read(file, QuotationSetEvaluation::item);
    }

    private static Item item(JsonNode j) {
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : j.path("quotes")) {
            quotes.add(new GoldQuote(text(q, "text"), text(q, "speaker"), text(q, "speaker_country"),
                    text(q, "comments_on")));
        }
        return new Item(j.path("id").asText(), text(j, "date"), text(j, "text"), quotes);
    }

    /** Codes every item with the pipeline and scores what it found. */
    public static Map<String, Object> score(List<Item> items, Coder coder, Consumer<String> details) {
        return score(items, item -> predicted(coder.process(item.id(), item.date(), item.text())), details);
    }

    /** The quotations of a coded document with the triggers of the events each is attached to. */
    static List<Predicted> predicted(DocumentOutcome outcome) {
        if (!(outcome instanceof DocumentOutcome.Coded c)) {
            return List.of();
        }
        String text = c.article().text();
        List<Predicted> out = new ArrayList<>();
        for (Quote q : c.quotes()) {
            List<String> triggers = new ArrayList<>();
            for (EventMention e : c.mentions()) {
                if (e.quotes().stream().anyMatch(x -> x.start() == q.start() && x.end() == q.end())) {
                    triggers.add(trigger(e, text));
                }
            }
            out.add(new Predicted(q.text(), q.speaker(), q.speakerCodes(), triggers));
        }
        return out;
    }

    private static String trigger(EventMention e, String text) {
        int s = e.evidence().triggerStart();
        int t = e.evidence().triggerEnd();
        return s >= 0 && t <= text.length() && s < t ? text.substring(s, t) : e.evidence().trigger();
    }

    /** Scores given predictions (the scorer proper, separate from the pipeline so that it can be tested alone). */
    public static Map<String, Object> score(List<Item> items, Function<Item, List<Predicted>> predict,
                                            Consumer<String> details) {
        long[] found = new long[3]; // tp, fp, fn
        int matched = 0;
        int speakerRight = 0;
        int countryRight = 0;
        int attachRight = 0;
        int gold = 0;
        for (Item item : items) {
            List<Predicted> predicted = new ArrayList<>(predict.apply(item));
            List<String> wrong = new ArrayList<>();
            for (GoldQuote g : item.quotes()) {
                gold++;
                Predicted p = null;
                for (Predicted candidate : predicted) {
                    if (sameQuote(candidate.text(), g.text())) {
                        p = candidate;
                        break;
                    }
                }
                if (p == null) {
                    found[2]++;
                    wrong.add("missed \u201c" + g.text() + "\u201d (" + g.speaker() + ")");
                    continue;
                }
                predicted.remove(p);
                found[0]++;
                matched++;
                if (sameSpeaker(p.speaker(), g.speaker())) {
                    speakerRight++;
                } else {
                    wrong.add("speaker " + p.speaker() + " for " + g.speaker() + " of \u201c" + brief(g.text()) + "\u201d");
                }
                if (sameCountry(p.speakerCodes(), g.speakerCountry())) {
                    countryRight++;
                } else {
                    wrong.add("speaker codes " + p.speakerCodes() + " for " + g.speakerCountry() + " of \u201c"
                            + brief(g.text()) + "\u201d");
                }
                if (attachedRight(p.attachedTo(), g.commentsOn())) {
                    attachRight++;
                } else {
                    wrong.add("attached to " + p.attachedTo() + " for " + g.commentsOn() + " of \u201c"
                            + brief(g.text()) + "\u201d");
                }
            }
            for (Predicted p : predicted) {
                found[1]++;
                wrong.add("extra \u201c" + p.text() + "\u201d (" + p.speaker() + ")");
            }
            if (!wrong.isEmpty()) {
                details.accept(item.id() + "\t" + String.join("; ", wrong) + "\t" + item.text().replace("\n", " "));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "sitrep-quotes");
        out.put("items", items.size());
        out.put("gold_quotes", gold);
        out.put("quote_precision", Scores.round(Scores.precision(found)));
        out.put("quote_recall", Scores.round(Scores.recall(found)));
        out.put("quote_f1", Scores.round(Scores.f1(found)));
        out.put("speaker_accuracy", Scores.round(Scores.ratio(speakerRight, matched)));
        out.put("speaker_country_accuracy", Scores.round(Scores.ratio(countryRight, matched)));
        out.put("attach_accuracy", Scores.round(Scores.ratio(attachRight, gold)));
        return out;
    }

    private static String brief(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "\u2026";
    }

    /** Equal after trimming surrounding whitespace and punctuation. */
    static boolean sameQuote(String predicted, String gold) {
        return predicted != null && gold != null && trim(predicted).equals(trim(gold));
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** One contains the other, lower-cased, without punctuation and a leading "the"; or both null. */
    static boolean sameSpeaker(String predicted, String gold) {
        if (predicted == null || gold == null) {
            return predicted == null && gold == null;
        }
        String p = normal(predicted);
        String g = normal(gold);
        return !p.isEmpty() && !g.isEmpty() && (p.contains(g) || g.contains(p));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\u2019]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("^the ", "");
    }

    /** Every predicted code starts with the gold prefix (and there is one), or neither has any. */
    static boolean sameCountry(List<String> codes, String gold) {
        if (gold == null) {
            return codes.isEmpty();
        }
        return !codes.isEmpty() && codes.stream().allMatch(c -> c.startsWith(gold));
    }

    /** Attached to an event whose trigger contains the gold word (a whole word), or to none when the gold word is null. */
    static boolean attachedRight(List<String> triggers, String gold) {
        if (gold == null) {
            return triggers.isEmpty();
        }
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                "(?iu)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(gold) + "(?![\\p{L}\\p{N}])");
        return triggers.stream().anyMatch(t -> word.matcher(t).find());
    }
}
