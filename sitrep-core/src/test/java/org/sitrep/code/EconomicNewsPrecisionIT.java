package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Sentences written by the team for the rules drawn from a precision study of economic newswire (issue 5, helper
 * "precision9"): business dealings told in the words of diplomacy, "meet" in the sense of satisfy or pay,
 * securities or a price offered for sale, weather that "hits" a country, agreeing with a view, and "hard-hit". None
 * of these is a political event; the same words between states are.
 */
class EconomicNewsPrecisionIT {

    /** A deal between companies alone is business, no cooperation between political actors. */
    @Test
    void aDealBetweenCompaniesIsNoEvent() {
        assertThat(Nlp.code("2025-11-19", "Two Japanese banks agreed to merge their brokerage units.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "A Dutch bank and a Belgian insurer signed an agreement to sell each "
                + "other's products.")).isEmpty();
        // a government on one side keeps the event, even when the parser finds no recipient
        assertThat(Nlp.code("2025-11-19", "The Japanese government agreed to merge two state banks, officials said."))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.AGREE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("JPNGOV");
                });
        assertThat(Nlp.code("2025-11-19", "A Dutch bank signed an agreement with the Belgian government to finance a "
                + "new port.")).anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.SUPPORT));
    }

    /** "Meet" with requirements, targets or payments as its object is no meeting. */
    @Test
    void meetingRequirementsOrPaymentsIsNoMeeting() {
        assertThat(Nlp.code("2025-11-19", "The Philippine government said it would meet its debt payments on time "
                + "this year.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "The new plant will allow the firm to meet tougher emission standards set "
                + "by the Canadian government.")).isEmpty();
        // meeting a party is still a meeting
        assertThat(Nlp.code("2025-11-19", "Brazil's foreign minister met his Argentine counterpart in Buenos Aires "
                + "on Tuesday.")).anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.CONSULT));
    }

    /** Bonds, shares or a price offered for sale are no offer of cooperation. */
    @Test
    void securitiesOrAPriceOfferedForSaleAreNoOffer() {
        assertThat(Nlp.code("2025-11-19", "The Australian government said it will offer two bond maturities for "
                + "tender next week.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "The Mexican government offered a price of 12 dlrs a share for the "
                + "remaining stock of the airline.")).isEmpty();
        // an offer of a loan or of mediation is still coded
        assertThat(Nlp.code("2025-11-19", "Japan offered Indonesia a loan of 300 mln dlrs for flood relief."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.AGREE));
        assertThat(Nlp.code("2025-11-19", "The United States offered to mediate between Chad and Sudan."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.AGREE));
    }

    /** Weather named as such, or a plural of a storm word, makes "hit" weather language; the help it brings stays. */
    @Test
    void weatherThatHitsACountryIsNoAttack() {
        assertThat(Nlp.code("2025-11-19", "Cold weather also hit southern and eastern Italy on Monday.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Freezing weather hit northern Spain and Portugal on Monday.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Japan sent tents and blankets to Greece after the blizzards."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.AID));
    }

    /** Agreeing with a view or with analysts is sharing an opinion; agreeing with a party is still an agreement. */
    @Test
    void agreeingWithAViewIsNoAgreement() {
        assertThat(Nlp.code("2025-11-19", "Dealers said the French finance ministry agreed with the central bank's "
                + "view that rates should stay high.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Germany agreed with France on a common position on farm prices."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.AGREE));
    }

    /** "Hard-hit" tells who suffers from an event, no attack. */
    @Test
    void hardHitIsNoAttack() {
        assertThat(Nlp.code("2025-11-19", "Small investors would be hard-hit by the decision of the Kenyan government, "
                + "a legislator said.")).isEmpty();
    }
}
