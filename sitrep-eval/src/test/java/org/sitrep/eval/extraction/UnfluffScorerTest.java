package org.sitrep.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** unfluff's measures on trivial outputs: nothing, the raw page text, and the gold itself. */
class UnfluffScorerTest {
    private static final String LEAD = "HARBOUR CITY (Wire) -- The ferry strike ended on Tuesday after\n\nthree weeks";
    private static final String PAGE_TEXT = "Home | Sport | Weather\nFerry strike ends\n" + LEAD
            + " of talks, union leaders said.\nShare this story";

    private static PageExtractor.Output out(String text, String title, String language) {
        return new PageExtractor.Output(text, null, title, language);
    }

    @Test
    void anEmptyOutputFindsNothing() {
        UnfluffScorer s = new UnfluffScorer();
        UnfluffScorer.Result r = s.add(LEAD, "Ferry strike ends", "en", out(null, null, null));
        assertThat(r.leadFound()).isFalse();
        assertThat(r.leadFirst()).isFalse();
        assertThat(s.leadFound()).isZero();
        assertThat(s.titleAccuracy()).isZero();
        assertThat(s.languageAccuracy()).isNull(); // the extractor offered no language at all
        assertThat(s.fullTextPages()).isZero(); // a short gold is a prefix, not a full text
    }

    @Test
    void theRawPageTextHoldsTheLeadButDoesNotStartWithIt() {
        UnfluffScorer s = new UnfluffScorer();
        UnfluffScorer.Result r = s.add(LEAD, null, "en", out(PAGE_TEXT, "Ferry strike ends - Wire", "und"));
        assertThat(r.leadFound()).isTrue(); // white space differences do not matter
        assertThat(r.leadFirst()).isFalse(); // the menu and headline come first
        assertThat(r.title()).isNull(); // no gold title: not scored
        assertThat(s.titledPages()).isZero();
        assertThat(s.languageAccuracy()).isZero();
    }

    @Test
    void theExactGoldScoresEverything() {
        UnfluffScorer s = new UnfluffScorer();
        String body = (LEAD + " of talks. ").repeat(20);
        s.add(body, " Ferry  strike ends", "en-GB", out(body + "\n", "Ferry strike ends", "en"));
        s.add(LEAD, null, null, out(LEAD + " of talks, the union said.", null, "fr"));
        s.skip();
        assertThat(s.documents()).isEqualTo(2);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.leadFound()).isEqualTo(1.0);
        assertThat(s.leadFirst()).isEqualTo(1.0);
        assertThat(s.fullTextPages()).isEqualTo(1);
        assertThat(s.fullTextF1()).isEqualTo(1.0);
        assertThat(s.titleAccuracy()).isEqualTo(1.0);
        assertThat(s.languagePages()).isEqualTo(1); // the second page's gold gives none
        assertThat(s.languageAccuracy()).isEqualTo(1.0);
    }

    @Test
    void aLongGoldsLeadIsItsOpeningCutAtAWordEnd() {
        String body = "word ".repeat(300);
        String lead = UnfluffScorer.lead(body);
        assertThat(lead.length()).isLessThanOrEqualTo(UnfluffScorer.LEAD_CHARS);
        assertThat(lead).endsWith("word");
        assertThat(UnfluffScorer.lead(" a\u00A0 b\n\nc ")).isEqualTo("a b c");
    }
}
