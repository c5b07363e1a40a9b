package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Sentences written by the team for the rules drawn from the third precision study of unlabelled newswire (issue 5,
 * helper "precision11"): economic and business senses of political words, and documents that "call for" what they
 * contain. Each rule's test also checks that the political reading stays.
 */
class NewswirePrecisionThreeIT {

    /** A figure that hits a record, an amount or someone's income reached or hurt it; a missile's hit stays. */
    @Test
    void aFigureThatHitARecordIsNoAttack() {
        assertThat(Nlp.code("2025-11-19", "Chile's copper exports to China hit a record 12 billion U.S. dlrs last year."))
                .isEmpty();
        assertThat(Nlp.code("2025-11-19", "The government's price freeze hit the income of small Kenyan farmers."))
                .isEmpty();
        assertThat(Nlp.code("2025-11-19", "Russian missiles hit a Ukrainian power plant on Tuesday."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT));
    }

    /** What lends support to a market or a currency holds up its prices; lending support to a party stays SUPPORT. */
    @Test
    void supportLentToAMarketIsNoSupportOfAParty() {
        assertThat(Nlp.code("2025-11-19", "Should the yen fall further, Japan might have to ease its credit policy, "
                + "which would lend support to the market.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Kenya's rate cut lent support to the bond market.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Kenya will lend support to Somalia."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.SUPPORT));
    }

    /**
     * A proposal noun with no party it is made to names a policy, a bill or a budget, no offer to another side; a
     * proposal to a party, and another party's verb on a proposal, stay events.
     */
    @Test
    void aProposalToNoPartyIsAPolicy() {
        assertThat(Nlp.code("2025-11-19", "The Kenyan opposition joined the outcry against the president's proposal "
                + "for a sales tax.")).noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.AGREE));
        assertThat(Nlp.code("2025-11-19", "Uganda rejected Kenya's proposal for a border commission."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.REJECT));
    }
}
