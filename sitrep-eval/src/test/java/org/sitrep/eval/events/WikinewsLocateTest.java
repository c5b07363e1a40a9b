package org.sitrep.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gold sentence is found in the coded article's text even where line breaks and spaces differ. */
class WikinewsLocateTest {
    @Test
    void aSentenceIsFoundAcrossDifferentWhiteSpace() {
        String text = "Heading\n\nThe council met on Monday.  Police   arrested\nfour men in the\tport on Tuesday.";
        int[] span = WikinewsCodingSet.locate(text, "Police arrested four men in the port on Tuesday.");
        assertThat(span).isNotNull();
        assertThat(text.substring(span[0], span[1])).startsWith("Police").endsWith("Tuesday.");
        assertThat(WikinewsCodingSet.locate(text, "Police arrested five men.")).isNull();
    }
}
