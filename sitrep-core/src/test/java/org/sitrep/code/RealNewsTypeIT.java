package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Issue 5 (helper "wire11"): event recall and type on real news. Sentences written by the team.
 */
class RealNewsTypeIT {

    private static final String CONTEXT = "Officials gave few details on Thursday. ";

    @Test
    void holdingAPartyInContemptFindsItGuilty() {
        // the vote to hold the minister in contempt is the sentence's event, not the refusal it cites
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The Chilean Senate voted to hold the defence minister in "
                + "contempt, citing his refusal to hand over the files.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.cameo()).isEqualTo("116");
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("CHLLEG");
                    assertThat(e.recipient()).extracting(Participant::code).anyMatch(c -> c.startsWith("CHL"));
                });
        assertThat(Nlp.code("2024-03-09", CONTEXT + "A Kenyan judge found the interior minister in contempt of "
                + "court.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.recipient()).extracting(Participant::code).containsExactly("KENGOV");
                });
        // holding a meeting in a hall is no finding
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The Kenyan Senate held a hearing in Nairobi.")).noneSatisfy(
                e -> assertThat(e.cameo()).isEqualTo("116"));
    }

    @Test
    void theSubjectOfAThatlessComplementIsNotTheSayingVerbsObject() {
        // parsed with "the Peruvian army" the object of "reports" and "arrested" a bare dep (or the root with
        // "reports" its clausal subject): the army is the subject of the arrest
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The agency reports the Peruvian army has arrested three "
                + "opposition leaders.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("PERMIL");
                });
        assertThat(Nlp.code("2024-03-09", CONTEXT + "Reuters reports the Peruvian army has arrested three "
                + "opposition leaders.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("PERMIL");
                });
        assertThat(Nlp.code("2024-03-09", CONTEXT + "Acme Corporation announced the Chilean government was "
                + "conducting an investigation of its accounts.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("CHLGOV");
                });
        // a real object of a verb of reporting stays its object
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The ministry reported the Peruvian police to the ombudsman "
                + "and the army arrested three opposition leaders.")).noneSatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
                    assertThat(e.actor()).extracting(Participant::code).contains("PERCOP");
                });
    }

    @Test
    void aPartyAllegingThatAnotherBrokeALawAccusesIt() {
        // "alleges" and "charged" accused already; "contends" and "claims" coded only the violation (REJECT 128)
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The Chilean union contends that the Peruvian labour ministry "
                + "breached the agreement.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("CHLLAB");
                    assertThat(e.recipient()).extracting(Participant::code).containsExactly("PERGOV");
                });
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The Chilean mining company claims that the Peruvian government "
                + "violated the investment treaty.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("CHLBUS");
                    assertThat(e.recipient()).extracting(Participant::code).containsExactly("PERGOV");
                });
        // said, not alleged: the reported act keeps its own code
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The Chilean mining company said the Peruvian government "
                + "violated the investment treaty.")).noneSatisfy(
                        e -> assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE));
    }

    @Test
    void aBodyDismissingChargesOrClaimsAPartyFiledRejectsThem() {
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The Kenyan labour commission dismissed charges of "
                + "discrimination filed against the ministry by a Kenyan union.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.REJECT);
                    assertThat(e.actor()).extracting(Participant::code).allMatch(c -> c.startsWith("KEN"));
                });
        assertThat(Nlp.code("2024-03-09", CONTEXT + "A Ghanaian court threw out the claims brought by the opposition "
                + "party.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.REJECT);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("GHAJUD");
                    assertThat(e.recipient()).extracting(Participant::code).containsExactly("GHAOPP");
                });
        // prosecutors dropping their own charges concede
        assertThat(Nlp.code("2024-03-09", CONTEXT + "Ghanaian prosecutors dropped the charges against the opposition "
                + "leader.")).noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.REJECT));
    }
}
