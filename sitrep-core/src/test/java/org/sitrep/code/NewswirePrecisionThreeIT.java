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

    /**
     * A story's companies are known by how business news names them: a legal form ("Mitsubishi and Co Ltd" makes a
     * later bare "Mitsubishi" a company), a word only companies end in ("Toyota Motors", "General Motors", "Kuwait
     * Petroleum") and told shareholders ("Imatron's shareholders"); their dealings with one another are business. A
     * government dealing with a company, and two states, stay events.
     */
    @Test
    void aStorysCompaniesDealInBusiness() {
        assertThat(Nlp.code("2025-11-19", "Brindle Electronics Inc said Mitsubishi and Co Ltd of Japan bought a stake "
                + "in it. It said it had started talks with Mitsubishi on a joint venture in Japan.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Toyota Motors and General Motors agreed to set up a joint venture in "
                + "Ohio.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Kuwait Petroleum signed an agreement with Texaco Inc on Monday.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Imatron's shareholders approved the merger. Imatron then met Sumitomo "
                + "Bank officials.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Kuwait signed an agreement with Iraq on Monday."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.SUPPORT));
        assertThat(Nlp.code("2025-11-19", "The Kenyan government started talks with Mitsubishi Corp on a joint "
                + "venture."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.CONSULT));
    }

    /** What a bankruptcy court approves or is asked in a firm's case is business; another court's order stays. */
    @Test
    void aFirmsBankruptcyCaseIsBusiness() {
        assertThat(Nlp.code("2025-11-19", "Delta Holdings said the Federal Bankruptcy Court in Denver approved its "
                + "offer to buy the assets of a rival clinic chain.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Frontier Airlines has sought approval from the U.S. Bankruptcy Court to "
                + "pay 2 mln dlrs in employee claims.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "A federal court in Denver approved the state's request to halt the "
                + "protest.")).anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.SUPPORT));
    }

    /** A candidate who withdraws from a race or an election pulls back no forces; troops withdrawn stay RETREAT. */
    @Test
    void aCandidateWithdrawingFromARaceIsNoRetreat() {
        assertThat(Nlp.code("2025-11-19", "Kenya's former vice-president withdrew from the presidential race on "
                + "Monday.")).noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.RETREAT));
        assertThat(Nlp.code("2025-11-19", "The Zambian opposition candidate pulled out of the election on Monday."))
                .noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.RETREAT));
        assertThat(Nlp.code("2025-11-19", "Kenya withdrew its troops from Somalia on Monday."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.RETREAT));
    }
}
