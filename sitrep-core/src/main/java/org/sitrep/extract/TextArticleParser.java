package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Caption;

/**
 * Parses dated scraped text: an optional first line {@code date YYYY-MM-DD} (the text may continue on that line),
 * then the page text. Paragraphs are separated by blank lines (or are single lines when the text has no blank
 * lines); boilerplate lines are dropped and captions kept apart by {@link Boilerplate}; a short first line without
 * a full stop is the title.
 */
final class TextArticleParser {
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.+\\-Z]*)?\\b[ \\t]*(.*)$", Pattern.CASE_INSENSITIVE);

    /** The parsed parts, before assembly. */
    record Parsed(LocalDate date, String title, List<String> paragraphs, List<Caption> captions, String dateProblem) {
    }

    private TextArticleParser() {
    }

    static Parsed parse(String raw, boolean detectTitle) {
        // Unicode's line and paragraph separators (U+2028, U+2029) break lines as \n and \n\n do: pasted
        // press releases and word-processor exports use them between a release's header lines and paragraphs.
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n')
                .replace("\u2029", "\n\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LocalDate date = null;
        String dateProblem = null;
        int firstContent = 0;
        while (firstContent < text.length() && Character.isWhitespace(text.charAt(firstContent))) {
            firstContent++;
        }
        int lineEnd = text.indexOf('\n', firstContent);
        String firstLine = text.substring(firstContent, lineEnd < 0 ? text.length() : lineEnd);
        Matcher m = DATE_LINE.matcher(firstLine);
        if (m.matches()) {
            try {
                date = LocalDate.parse(m.group(1));
            } catch (java.time.DateTimeException e) {
                dateProblem = "the date line '" + firstLine.strip() + "' is not a valid date";
            }
            text = m.group(2) + (lineEnd < 0 ? "" : text.substring(lineEnd));
        }

        List<List<String>> blocks = splitBlocks(text);
        List<String> paragraphs = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        boolean captionNext = false;
        for (List<String> block : blocks) {
            String joined = String.join(" ", block).strip();
            if (!captionNext && block.size() > 1 && (Boilerplate.isAppeal(joined) || isHeadlineList(block))) {
                continue;
            }
            StringBuilder paragraph = new StringBuilder();
            for (String line : block) {
                String t = line.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (captionNext) {
                    captionNext = false;
                    Boilerplate.Verdict v = Boilerplate.classify(t);
                    if (t.length() <= 400 && v.kind() != Boilerplate.Kind.CAPTION_MARKER) {
                        captions.add(new Caption(t, v.credit()));
                        continue;
                    }
                }
                Boilerplate.Verdict v = Boilerplate.classify(t);
                switch (v.kind()) {
                    case CAPTION_MARKER -> captionNext = true;
                    case CAPTION -> captions.add(new Caption(t, v.credit()));
                    case CREDIT -> attachCredit(captions, v.credit(), t);
                    case PROMPT, APPEAL -> {
                        // dropped: publisher boilerplate
                    }
                    case BODY -> {
                        if (paragraph.length() > 0) {
                            paragraph.append(' ');
                        }
                        paragraph.append(t);
                    }
                }
            }
            if (paragraph.length() > 0) {
                paragraphs.add(paragraph.toString());
            }
        }
        String title = null;
        if (detectTitle && paragraphs.size() >= 2) {
            String first = paragraphs.get(0);
            if (first.length() <= 200 && !Boilerplate.endsLikeSentence(first) && !Boilerplate.isDateline(first)) {
                title = first;
                paragraphs.remove(0);
            }
        }
        return new Parsed(date, title, paragraphs, captions, dateProblem);
    }

    /** Several lines, none ending like a sentence: a list of related headlines or links, not article text. */
    private static boolean isHeadlineList(List<String> block) {
        int lines = 0;
        for (String line : block) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (Boilerplate.classify(t).kind() == Boilerplate.Kind.CAPTION_MARKER || Boilerplate.endsLikeSentence(t)) {
                return false;
            }
            lines++;
        }
        return lines >= 2;
    }

    private static void attachCredit(List<Caption> captions, String credit, String line) {
        if (!captions.isEmpty() && captions.get(captions.size() - 1).credit() == null) {
            Caption last = captions.remove(captions.size() - 1);
            captions.add(new Caption(last.text(), credit));
        } else {
            captions.add(new Caption(line, credit));
        }
    }

    /** A line of nothing but spaces, non-breaking ones included (a web page's "&nbsp;" paragraph). */
    private static boolean isBlank(String line) {
        return ArticleAssembler.normaliseSpaces(line).isEmpty();
    }

    /** Blocks of lines separated by blank lines; without any blank line, every line is its own block. */
    private static List<List<String>> splitBlocks(String text) {
        String[] lines = text.split("\n", -1);
        boolean hasBlank = false;
        boolean seenContent = false;
        for (String line : lines) {
            if (isBlank(line)) {
                if (seenContent) {
                    hasBlank = true;
                    break;
                }
            } else {
                seenContent = true;
            }
        }
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (isBlank(line) || !hasBlank) {
                if (!hasBlank && !isBlank(line)) {
                    current.add(line);
                }
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
