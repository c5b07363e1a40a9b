package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/** Threats told as warnings, resolve and announced action, on sentences written by the team. */
class ThreatsAndWarningsIT {

    private static EventMention only(String sentence) {
        List<EventMention> events = Nlp.code("2026-02-03", sentence);
        assertThat(events).as("events of: " + sentence).hasSize(1);
        return events.get(0);
    }

    private static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    @Test
    void aPartyWarningOfItsOwnForceThreatensAndAnotherPartysForceHasNotHappened() {
        EventMention own = only("Ankara warned of military action against the PKK.");
        assertThat(own.eventType()).as("its own strikes warned of: a threat").isEqualTo(PloverType.THREATEN);
        assertThat(own.cameo()).isEqualTo("138");
        assertThat(codes(own.actor())).as("the warner makes the threat").containsExactly("TURGOV");
        assertThat(own.location()).as("a threat is not made where the action would fall").isNull();
        List<EventMention> feared = Nlp.code("2026-02-03",
                "Moldova warned of Russian missile strikes on its power plants this winter.");
        assertThat(feared).as("another's strikes warned of did not happen")
                .allMatch(e -> e.eventType() != PloverType.ASSAULT || e.factuality() == Factuality.HYPOTHETICAL);
    }

    @Test
    void actionTakenAgainstAPartyIsCoercionAndAnnouncedItIsAThreat() {
        EventMention taken = only("Peruvian police took action against the protesters in Lima on Monday.");
        assertThat(taken.eventType()).isEqualTo(PloverType.COERCE);
        assertThat(codes(taken.actor())).containsExactly("PERCOP");
        assertThat(codes(taken.recipient())).containsExactly("PERCVL");
        EventMention announced = only("Beijing said it would take countermeasures against Lithuania.");
        assertThat(announced.eventType()).as("countermeasures its own actor announces").isEqualTo(PloverType.THREATEN);
        assertThat(codes(announced.recipient())).containsExactly("LTU");
    }

    @Test
    void notHesitatingToActIsResolveToActAndAReplyInForceAnnouncedIsAThreat() {
        EventMention resolve = only("Algeria said it would not hesitate to act against the smugglers' militias.");
        assertThat(resolve.eventType()).as("'would not hesitate to act' is no negation").isEqualTo(PloverType.THREATEN);
        assertThat(resolve.factuality()).isEqualTo(Factuality.ASSERTED);
        EventMention reply = Nlp.code("2026-02-03", "Minsk said it would respond with force to any incursion by "
                + "Polish troops.").stream().filter(e -> e.evidence().trigger().equals("respond")).findFirst()
                .orElseThrow();
        assertThat(reply.eventType()).isEqualTo(PloverType.THREATEN);
        assertThat(reply.cameo()).isEqualTo("138");
    }
}
