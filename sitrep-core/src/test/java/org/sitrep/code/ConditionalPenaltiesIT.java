package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/** Penalties held out against another party's act, on sentences written by the team. */
class ConditionalPenaltiesIT {

    private static EventMention sanction(List<EventMention> events) {
        return events.stream().filter(e -> e.eventType() == PloverType.SANCTION).findFirst()
                .orElseThrow(() -> new AssertionError("no SANCTION in " + events));
    }

    @Test
    void stoppingIntelligenceSharingIsCuttingMilitaryAid() {
        EventMention e = sanction(Nlp.code("2025-03-05", "The United States paused intelligence sharing with Ukraine "
                + "on Wednesday."));
        assertThat(e.cameo()).isEqualTo("1622");
        assertThat(e.recipient()).extracting(Participant::code).containsExactly("UKR");
    }

    @Test
    void aPenaltyConditionedOnAnotherPartysActIsAimedAtThatParty() {
        EventMention e = sanction(Nlp.code("2025-03-05", "If Pretoria rejects the offer, Washington could halt "
                + "intelligence sharing, two officials said."));
        assertThat(e.factuality().label()).isEqualTo("hypothetical");
        assertThat(e.recipient()).extracting(Participant::country).containsExactly("ZAF");
    }

    @Test
    void whatMayYetHappenTakesNoDayAlreadyPastFromTheSentenceBefore() {
        List<EventMention> events = Nlp.code("2025-03-05", "Washington halted arms sales to Pretoria on Tuesday. If "
                + "Pretoria rejects the offer, Washington could halt intelligence sharing, two officials said.");
        EventMention possible = events.stream().filter(e -> e.eventType() == PloverType.SANCTION
                && e.factuality().label().equals("hypothetical")).findFirst().orElseThrow();
        assertThat(possible.date().value()).as("a possible penalty is not dated to the Tuesday of the halt before it")
                .isEqualTo("2025-03-05");
    }
}
