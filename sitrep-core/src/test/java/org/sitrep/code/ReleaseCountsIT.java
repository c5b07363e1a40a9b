package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.fuse.ArticleTotals;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.EventMention;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Counts of people detained and killed as military and police press releases tell them, in sentences written by the
 * team: a confirmation told before its outcome, groups coordinated with a member of a named group, weapons beside
 * the people, people "along with" the object after a participle, aims that did not happen, "other" fighters, and
 * people counted before the participle that tells their fate.
 */
class ReleaseCountsIT {

    private static long arrested(List<EventMention> events) {
        return ArticleTotals.total(events, Casualties::arrested, Count::min);
    }

    @Test
    void aConfirmationToldBeforeTheArrestDatesAndCountsIt() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 9, 2010) – Also confirmed today was the "
                + "arrest of a Taliban bomb maker during a raid in Baghlan province, May 6.");
        assertThat(events).filteredOn(e -> e.eventType() == PloverType.COERCE).singleElement().satisfies(e -> {
            assertThat(e.casualties().arrested().min()).isEqualTo(1L);
            assertThat(e.date().value()).isEqualTo("2010-05-06");
        });
    }

    @Test
    void peopleCoordinatedWithAMemberOfANamedGroupAreCounted() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – Afghan police captured an "
                + "Islamic Jihad Union financier and multiple suspected fighters in Takhar province yesterday.");
        assertThat(arrested(events)).isEqualTo(4);
    }

    @Test
    void weaponsSeizedBesideThePeopleAreNoPeople() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – Afghan police detained one "
                + "suspected fighter and seized multiple AK-47s and grenades in Baghlan province yesterday.");
        assertThat(arrested(events)).isEqualTo(1);
    }

    @Test
    void peopleAlongWithTheObjectAfterAParticipleAreCounted() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – Afghan police captured a "
                + "Taliban bomb maker for explosives used in attacks, along with more than 10 of his helpers during "
                + "an overnight raid in Baghlan province.");
        assertThat(arrested(events)).isEqualTo(11);
    }

    @Test
    void theAimOfAnOperationIsNoArrest() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – During an operation "
                + "yesterday to arrest a Taliban commander in Baghlan province, Afghan police killed three gunmen.");
        assertThat(arrested(events)).isZero();
        assertThat(ArticleTotals.total(events, Casualties::killed, Count::min)).isEqualTo(3);
    }

    @Test
    void otherFightersBesideACommanderAreAtLeastTwo() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – Afghan police captured a "
                + "Taliban commander in Baghlan province yesterday.\n\nThe police also captured other fighters.");
        assertThat(arrested(events)).isEqualTo(3);
    }

    @Test
    void peopleCountedBeforeTheParticipleThatTellsTheirArrest() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – A search of two compounds in "
                + "Baghlan province yesterday resulted in two men taken into custody by Afghan police.");
        assertThat(arrested(events)).isEqualTo(2);
    }
}
