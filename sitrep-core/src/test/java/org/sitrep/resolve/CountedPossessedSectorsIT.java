package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Issue 4 (helper "wire8"): a place in the possessive and a sector noun with a count between them ("Mombasa's 1,200
 * port workers") are one actor, as they are with no count. Invented sentences.
 */
class CountedPossessedSectorsIT {

    @Test
    void aCountBetweenAPossessivePlaceAndASectorNounKeepsThemOneActor() {
        ResolvedArticle r = Nlp.resolve("2025-11-19", "Mombasa's 1,200 port workers walked off the job on Tuesday.");
        assertThat(Nlp.codesOf(r, "Mombasa's 1,200 port workers")).containsExactly("KENLAB");
        // an approximate count and an adjective
        r = Nlp.resolve("2025-11-19", "Lagos's some 2,000 striking doctors marched to the governor's office.");
        assertThat(Nlp.codesOf(r, "Lagos's some 2,000 striking doctors")).containsExactly("NGAHLH");
        r = Nlp.resolve("2025-11-19", "Mombasa's about 300 nurses staged a sit-in at the hospital.");
        assertThat(Nlp.codesOf(r, "Mombasa's about 300 nurses")).containsExactly("KENHLH");
        // a quantity noun
        r = Nlp.resolve("2025-11-19", "Kenya's tens of thousands of teachers stayed home on Tuesday.");
        assertThat(Nlp.codesOf(r, "Kenya's tens of thousands of teachers")).containsExactly("KENEDU");
    }
}
