package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Caption;
import org.sitrep.model.TextSpan;

/** Joins extracted paragraphs into an {@link Article}: text with blank-line separators, spans, a content id. */
final class ArticleAssembler {
    private ArticleAssembler() {
    }

    static Article assemble(String origin, List<String> paragraphs, List<Caption> captions, PageMetadata meta) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        for (String p : paragraphs) {
            String clean = normaliseSpaces(p);
            if (clean.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(clean);
            spans.add(new TextSpan(start, text.length()));
        }
        String body = text.toString();
        String outlet = meta.outlet();
        if (outlet == null && !spans.isEmpty()) {
            outlet = Boilerplate.datelineAgency(spans.get(0).of(body));
        }
        String language = meta.language() != null ? meta.language() : LanguageGuesser.guess(body);
        String id = contentId(meta.url(), meta.published() == null ? "" : meta.published().toString(), body);
        return new Article(id, origin, meta.url(), meta.title() == null ? null : normaliseSpaces(meta.title()),
                meta.published(), meta.modified(), outlet, language, body, spans, captions, meta.authors());
    }

    /** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
    static String normaliseSpaces(String s) {
        if (isNormalised(s)) {
            return s; // most paragraphs were normalised when they were extracted
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c >= '\u2000' && c <= '\u200b' || c == '\u202f'
                    || c == '\u205f' || c == '\u3000' || c == '\u2028' || c == '\u2029') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c >= '\u2000' && c <= '\u200b' || c == '\u202f'
                || c == '\u205f' || c == '\u3000' || c == '\u2028' || c == '\u2029';
    }

    /** No white space but single plain spaces between words: what {@link #normaliseSpaces} would return unchanged. */
    private static boolean isNormalised(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= '\u0085') {
                if (c == ' ' ? s.charAt(i + 1) == ' ' : isSpace(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The article id: the first 16 hex digits of SHA-256 over URL, date and text; equal content, equal id. */
    static String contentId(String url, String date, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((url == null ? "" : url).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(date.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
