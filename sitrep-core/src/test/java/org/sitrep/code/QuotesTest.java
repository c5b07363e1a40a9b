package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where quotations start and end, on text alone. */
class QuotesTest {

    private static List<String> quoted(String text) {
        return Quotes.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotesBothMarkQuotations() {
        assertThat(quoted("\u201cWe will rebuild every school,\u201d the mayor said. He added: \"Nobody is leaving.\""))
                .containsExactly("We will rebuild every school,", "Nobody is leaving.");
    }

    @Test
    void apostrophesInsideWordsOpenNoQuotation() {
        assertThat(quoted("Ukraine's army said the city's mayor was safe. 'We hold the bridge,' he told reporters."))
                .containsExactly("We hold the bridge,");
        assertThat(quoted("Kyiv\u2019s mayor said: \u2018The power is back in every district.\u2019"))
                .containsExactly("The power is back in every district.");
    }

    @Test
    void aQuotationOverTwoParagraphsGoesOnWhereTheNextOpensWithAMark() {
        String text = "\u201cThe talks were hard. We made progress on prisoners.\n\n"
                + "\u201cThe rest will take months,\u201d the envoy said.";
        List<int[]> spans = Quotes.spans(text);
        assertThat(quoted(text)).containsExactly("The talks were hard. We made progress on prisoners.",
                "The rest will take months,");
        assertThat(spans.get(1)[2]).isEqualTo(1); // the second part continues the first
    }

    @Test
    void aMarkNeverClosedInItsParagraphIsNoQuotation() {
        assertThat(quoted("He called it \"a mistake and left.\n\nThe army withdrew on Monday.")).isEmpty();
    }
}
