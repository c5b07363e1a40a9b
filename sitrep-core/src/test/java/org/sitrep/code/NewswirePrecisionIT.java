package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Sentences written by the team for the rules drawn from the second precision study of unlabelled newswire (issue 5,
 * helper "precision10"): words that look like political acts but tell none (a spokesman who "refused comment"), and
 * acts told only as a condition or a wish. Each rule's test also checks that the political reading stays.
 */
class NewswirePrecisionIT {

    /** Refusing to comment, elaborate or give details is saying nothing to reporters, no rejection. */
    @Test
    void refusingCommentIsNoRejection() {
        assertThat(Nlp.code("2025-11-19", "Some opposition members said the figures were wrong, but a Labour Party "
                + "spokesman refused comment, saying the plan was under review.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "A spokesman for the Dutch foreign ministry refused to comment on the "
                + "report.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "The Kenyan minister refused to give details of the plan.")).isEmpty();
        // refusing a party's demand or offer is still a rejection
        assertThat(Nlp.code("2025-11-19", "Hungary refused to allow the Austrian convoy to pass."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.REJECT));
        assertThat(Nlp.code("2025-11-19", "Chile refused Peru's demand for talks on the border."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.REJECT));
    }

    /**
     * The act of a condition is hypothetical: an "until" clause under a negated or modal verb, and an "if" or
     * "unless" clause, whose main clause's negation it does not take; an "until" clause of an affirmed past act is
     * a clause of time and keeps its fact.
     */
    @Test
    void theActOfAConditionIsHypothetical() {
        assertThat(Nlp.code("2025-11-19", "Athens will not negotiate with Ankara until Turkey recognises Greek rights "
                + "in the Aegean and withdraws its troops from Cyprus."))
                .filteredOn(e -> e.eventType() == PloverType.RETREAT || e.eventType() == PloverType.SUPPORT)
                .hasSize(2).allSatisfy(e -> assertThat(e.factuality()).isEqualTo(Factuality.HYPOTHETICAL));
        assertThat(Nlp.code("2025-11-19", "The Greek prime minister said he would not negotiate with Turkey if "
                + "Ankara keeps attacking Greek boats."))
                .filteredOn(e -> e.eventType() == PloverType.ASSAULT).singleElement()
                .satisfies(e -> assertThat(e.factuality()).isEqualTo(Factuality.HYPOTHETICAL));
        // a clause of time after an affirmed past act tells what happened
        assertThat(Nlp.code("2025-11-19", "Fighting went on until the Iraqi troops withdrew from the town."))
                .filteredOn(e -> e.eventType() == PloverType.RETREAT).singleElement()
                .satisfies(e -> assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED));
    }

    /** What a strike or march protests is its purpose, no second, verbal protest; a protest to a party stays. */
    @Test
    void theProtestOfAStrikeIsItsPurpose() {
        assertThat(Nlp.code("2025-11-19", "Copper miners in Chile struck to protest the government's refusal to "
                + "raise wages.")).singleElement().satisfies(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.PROTEST);
                    assertThat(e.cameo()).isEqualTo("143");
                });
        assertThat(Nlp.code("2025-11-19", "Thousands of students marched through Lima to denounce the new education "
                + "law.")).singleElement().satisfies(e -> assertThat(e.eventType()).isEqualTo(PloverType.PROTEST));
        assertThat(Nlp.code("2025-11-19", "Chile protested to Peru over the arrest of its fishermen."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE));
    }

    /** A central bank "supporting" a currency or prices holds up their value; supporting a party stays SUPPORT. */
    @Test
    void supportingACurrencyIsNoSupportOfAParty() {
        assertThat(Nlp.code("2025-11-19", "The Swiss central bank did not intervene on the currency markets to "
                + "support the dollar.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "The Bank of Japan bought dollars to support the currency, dealers said."))
                .isEmpty();
        assertThat(Nlp.code("2025-11-19", "Washington supports Kyiv's bid to join NATO."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.SUPPORT));
    }

    /** A meeting of one government's own ministers or cabinet is no interaction; a meeting of two states stays. */
    @Test
    void aMeetingWithinOneGovernmentIsNoEvent() {
        assertThat(Nlp.code("2025-11-19", "French government ministers will meet next Tuesday to discuss the pension "
                + "deficit, an adviser said.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "The finance minister, the industry minister and the labour minister met "
                + "for two hours on Monday to discuss the sale of the state airline.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "The Greek cabinet met on Sunday.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Foreign ministers of Brazil and Argentina met in Buenos Aires."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.CONSULT));
        assertThat(Nlp.code("2025-11-19", "US officials will meet Ukrainian officials in Geneva on Sunday."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.CONSULT));
        // several governments' ministers, and a sentence naming a second country, are no one government
        assertThat(Nlp.code("2025-11-19", "Foreign ministers of the Gulf states are likely to meet in Doha on Sunday "
                + "to discuss the crisis.")).anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.CONSULT));
        assertThat(Nlp.code("2025-11-19", "US and Chinese trade negotiators met in Geneva on Monday."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.CONSULT));
    }

    /** The act alleged in an accusation is no event of its own, also when the parser reads its gerund as an adjective. */
    @Test
    void theActAllegedInACharge() {
        assertThat(Nlp.code("2025-11-19", "The United States charged Japan with violating GATT rules by restricting "
                + "imports of farm products.")).singleElement()
                .satisfies(e -> assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE));
    }

    /** A name with a company's legal form after it is a company, whatever country its place gave it. */
    @Test
    void aNameWithALegalFormIsACompany() {
        assertThat(Nlp.code("2025-11-19", "KLM Royal Dutch Airlines said it agreed to take a 20 pct stake in Air U.K. "
                + "Ltd, a unit of a British shipping group.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Allen-Bradley Co, a unit of Rockwell International Corp, said it has "
                + "formed a joint venture with TDK Corp of Tokyo to make magnets.")).isEmpty();
        // a company dealing with a government is still an event
        assertThat(Nlp.code("2025-11-19", "West Germany's Siemens AG has teamed up with the French government to bid "
                + "for the telephone group."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.COOPERATE));
    }
}
