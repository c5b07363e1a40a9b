package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Team-written sentences for the attribute rules of issue 6 (round four): a denial with its verdict before the
 * allegation ("dismissed as false reports that"), a state's word on an attack on its own ground by an attacker the
 * text leaves unnamed, trade in a good suspended or cut off, forces advancing on a place, boats pushed back.
 */
class AttributeRoundFourIT {

    private static EventMention event(String date, String sentence, String trigger) {
        List<EventMention> events = Nlp.code(date, sentence);
        return events.stream().filter(e -> e.evidence().trigger().contains(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in " + events));
    }

    @Test
    void aVerdictBeforeTheAllegationStillDeniesIt() {
        EventMention e = event("2024-05-08",
                "Nepal's army dismissed as false reports that its troops had beaten villagers in Dolpa on Monday.",
                "beaten");
        assertThat(e.factuality()).isEqualTo(Factuality.DENIED);
        assertThat(e.attribution().source()).contains("Nepal's army");
        assertThat(e.attribution().verb()).isEqualTo("dismiss");
    }

    @Test
    void theTollOfADeniedAttackStaysWithIt() {
        // "dismissed as false reports that": a denial, and the toll of the attack it denies stays with that attack
        EventMention e = event("2024-05-08",
                "Laos's government dismissed as false reports that its helicopters had fired on a clinic in the village of Pa Yet Kham in"
                        + " Xaisomboun province on Friday, killing nine patients.", "fired");
        assertThat(e.factuality()).isEqualTo(Factuality.DENIED);
        assertThat(e.casualties().killed().min()).isEqualTo(9L);
    }

    @Test
    void aStatesWordOnForceUsedOnItsGroundByUnnamedUnitsIsAPartysClaim() {
        EventMention e = event("2024-05-08",
                "Belarus's defence ministry said air defence units downed six Ukrainian drones over the Gomel region on"
                        + " Monday night.", "downed");
        assertThat(e.factuality()).isEqualTo(Factuality.CLAIMED);
        assertThat(e.attribution().source()).contains("defence ministry");
    }

    @Test
    void tradeInAGoodSuspendedOrCutOffIsARestriction() {
        EventMention suspend = event("2024-05-08",
                "Ankara could suspend imports of Greek olive oil if the dispute worsens, a Turkish trade official said.",
                "suspend");
        assertThat(suspend.factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(suspend.cameo()).startsWith("16");
        EventMention cut = event("2024-05-08", "Russia cut off gas exports to Moldova on Saturday.", "cut");
        assertThat(cut.cameo()).startsWith("16");
        assertThat(cut.date().value()).isEqualTo("2024-05-04");
    }

    @Test
    void forcesAdvancingOnAPlaceAssaultIt() {
        EventMention e = event("2024-05-08",
                "If the talks fail, Sudanese troops would advance on the town of Babanusa, analysts said.", "advance");
        assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
        assertThat(e.factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(Nlp.code("2024-05-08", "The price of bread advanced on Monday.")).isEmpty();
    }

    @Test
    void aBoatOfMigrantsPushedBackIsAnExpulsion() {
        EventMention e = event("2024-05-08",
                "The Maltese coast guard pushed back a dinghy carrying 30 migrants towards Libya on Friday.", "pushed");
        assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
        assertThat(e.quantities()).anyMatch(q -> Long.valueOf(30).equals(q.value()));
        EventMention denied = event("2024-05-08",
                "Italy's interior ministry rejected allegations that the navy had pushed back a boat with 25 migrants"
                        + " aboard on Thursday.", "pushed");
        assertThat(denied.factuality()).isEqualTo(Factuality.DENIED);
    }

    @Test
    void aSpeakerToldByAPronounIsNamedAsTheTextLastNamedIt() {
        EventMention e = event("2026-03-02", "Estonia's defence ministry said on Monday that Russian aircraft had "
                + "violated its airspace. It said it had deployed two fighter jets to escort them.", "deployed");
        assertThat(e.attribution().speaker()).isEqualTo("Estonia's defence ministry");
        assertThat(e.attribution().source()).isEqualTo("Estonia's defence ministry");
    }

    @Test
    void neitherAConcessionsTimeNorADeadlineDatesTheDemand() {
        EventMention e = event("2026-03-08", "Washington has demanded that Caracas release the detained sailors by "
                + "Friday, though officials told reporters on Saturday that talks were continuing.", "demanded");
        assertThat(e.date().value()).isEqualTo("2026-03-08");
        EventMention arrest = event("2026-03-08", "Police arrested 20 people on Friday, though protesters said on "
                + "Saturday that more were missing.", "arrested");
        assertThat(arrest.date().value()).isEqualTo("2026-03-06");
        EventMention accusation = event("2026-03-08", "Uganda accused Congolese soldiers of shelling border villages "
                + "in Kisoro on Tuesday.", "accused");
        assertThat(accusation.date().value()).as("the shelling's day, not the accusation's").isEqualTo("2026-03-08");
    }

    @Test
    void aMainClauseParsedAsAnotherVerbsSubjectTakesNoneOfItsModals() {
        EventMention e = event("2025-12-10", "Belarus's foreign ministry accused Lithuania of militarising the border "
                + "and said the new fence would only raise tensions in the region.", "accused");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void anActMeasuredFromTheMainClausesDayIsDatedByThatMeasure() {
        EventMention drills = event("2025-09-10", "Lithuania said it would close two border crossings on Thursday, a day "
                + "before Russia and Belarus begin large joint military exercises.", "exercises");
        assertThat(drills.date().value()).isEqualTo("2025-09-12");
        assertThat(drills.factuality()).isEqualTo(Factuality.PLANNED);
        EventMention attack = event("2025-09-10", "Kenya closed its border with Somalia on Monday, two days after "
                + "al Shabaab fighters attacked a police post in Mandera.", "attacked");
        assertThat(attack.date().value()).isEqualTo("2025-09-06");
    }
}
