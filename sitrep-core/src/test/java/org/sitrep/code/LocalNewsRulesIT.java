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
 * Team-written reports in the style of US local news (issue 6, gun violence): a shooting of someone nobody names,
 * the victims of a weapon counted as wounded or killed, deaths told later in the story, and towns read in the state
 * the report is datelined in. No sentence here comes from the gold pages.
 */
class LocalNewsRulesIT {

    private static List<EventMention> code(String text) {
        return Nlp.code("2020-06-01", text);
    }

    private static long total(List<EventMention> events, java.util.function.Function<Casualties, Count> kind) {
        return ArticleTotals.total(events.stream().filter(e -> e.factuality().happened()).toList(), kind,
                c -> c.min() == null ? 0 : c.min());
    }

    @Test
    void aShootingOfSomeoneNobodyNamesIsAnAttackThatWoundsThem() {
        List<EventMention> events = code("A 17-year-old was shot in the leg near a bus stop on Friday night.");
        assertThat(events).anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT));
        assertThat(total(events, Casualties::injured)).isEqualTo(1);
        assertThat(total(events, Casualties::killed)).isZero();
        // another sense of the verb, on no person: no attack
        assertThat(code("She shot a video of the parade on Sunday."))
                .noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT));
    }

    @Test
    void aKillingOfAPersonTheDictionariesDoNotKnowIsAnAttack() {
        List<EventMention> events = code("Police said the shooting killed 22-year-old John Doe and wounded three "
                + "others outside a nightclub on Sunday.");
        assertThat(events).anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT));
        assertThat(total(events, Casualties::killed)).isEqualTo(1);
        assertThat(total(events, Casualties::injured)).isEqualTo(3);
    }

    @Test
    void aPersonShotWhoDiedLaterCountsOnceAsKilled() {
        List<EventMention> events = code("A 19-year-old man was shot outside a gas station on Saturday night.\n\n"
                + "Officers found him with a wound to the chest. He was taken to a hospital, where he died hours later.");
        assertThat(total(events, Casualties::killed)).isEqualTo(1);
        assertThat(total(events, Casualties::injured)).isZero();
        // a death told in the same sentence as the shooting
        List<EventMention> same = code("Two women were shot in a parking lot on Sunday, and one of them was "
                + "pronounced dead at the scene.");
        assertThat(total(same, Casualties::killed)).isEqualTo(1);
    }

    @Test
    void fatalShootingsAreKillings() {
        for (String s : List.of("A woman was fatally shot in her home on Tuesday.",
                "A store clerk was shot dead during a robbery on Tuesday.",
                "A 30-year-old man was gunned down outside a restaurant on Tuesday.",
                "Deputies shot and killed a man who fired at them on Tuesday.")) {
            List<EventMention> events = code(s);
            assertThat(total(events, Casualties::killed)).as(s).isEqualTo(1);
            assertThat(total(events, Casualties::injured)).as(s).isZero();
        }
        // aircraft shot down are no people
        assertThat(total(code("The army said it had shot down three drones on Tuesday."), Casualties::injured))
                .isZero();
    }

    @Test
    void aDeathToldAgainIsCountedOnce() {
        List<EventMention> events = code("A 14-year-old girl died after she was shot by a neighbor on Tuesday.\n\n"
                + "Witnesses said the neighbor shot her during an argument. She died at the scene.");
        assertThat(total(events, Casualties::killed)).isEqualTo(1);
        assertThat(total(events, Casualties::injured)).isZero();
    }

    @Test
    void townsAreReadInTheStateOfTheDateline() {
        assertThat(code("SPRINGFIELD, Ill. \u2014 A woman was shot in the arm outside a bar early Saturday, police said."))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
                    assertThat(e.location().admin1()).isEqualTo("Illinois");
                });
        // a broadcaster's dateline; the town of the story has a larger namesake in another state
        assertThat(code("ATLANTA (WSBX) \u2014 Police said a man was gunned down outside a store in Columbus on Friday."))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
                    assertThat(e.location().name()).isEqualTo("Columbus");
                    assertThat(e.location().admin1()).isEqualTo("Georgia");
                });
        // a wire dateline with the state the AP way: the town of that state, not its larger namesake
        assertThat(code("ROCHESTER, Minn. (AP) \u2014 A man was shot outside a bar on Sunday, police said."))
                .anySatisfy(e -> assertThat(e.location().admin1()).isEqualTo("Minnesota"));
        // a dateline in mixed case, with the state the AP way and a station's name
        assertThat(code("Springfield, Ill. (WXYZ) -Police said a man was shot outside a bar on Sunday."))
                .anySatisfy(e -> assertThat(e.location().admin1()).isEqualTo("Illinois"));
        // a county the gazetteer lacks: its state
        assertThat(code("ELM COUNTY, Ga. \u2014 A man was shot outside a bar on Sunday, police said."))
                .anySatisfy(e -> assertThat(e.location().admin1()).isEqualTo("Georgia"));
    }

    @Test
    void aShareOfAGroupShotThatDiedIsKilledTheRestWounded() {
        List<EventMention> events = code("Five people were shot, two fatally, outside a bar in Dayton early Sunday.");
        assertThat(total(events, Casualties::killed)).isEqualTo(2);
        assertThat(total(events, Casualties::injured)).isEqualTo(3);
        List<EventMention> them = code("Police said four teenagers were shot Saturday night, one of them fatally.");
        assertThat(total(them, Casualties::killed)).isEqualTo(1);
        assertThat(total(them, Casualties::injured)).isEqualTo(3);
    }

    @Test
    void aVictimNamedAfterTheLeadCountedThemIsNotCountedAgain() {
        List<EventMention> events = code("Six people were shot, one fatally, at a cookout in Akron on Saturday.\n\n"
                + "Police said 24-year-old John Doe was killed when two men opened fire on the crowd.");
        assertThat(total(events, Casualties::killed)).isEqualTo(1);
        assertThat(total(events, Casualties::injured)).isEqualTo(5);
    }

    @Test
    void aGroupToldAgainInTheSameWordsIsCountedOnce() {
        List<EventMention> events = code("A gunman shot three of his neighbors in Tulsa on Sunday.\n\n"
                + "Police said the man, 41, shot three of his neighbors after an argument over a fence.\n\n"
                + "Another man shot two customers at a store on Monday.");
        assertThat(total(events, Casualties::injured)).isEqualTo(5);
    }

    @Test
    void aReportWithNoDatelineIsSetInTheOneStateItNames() {
        assertThat(code("Teen charged after shooting\n\nThe arrest stunned deputies of an Ohio sheriff's office, "
                + "an official said Monday. A 16-year-old boy shot his cousin early Sunday, deputies said."))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
                    assertThat(e.location().admin1()).isEqualTo("Ohio");
                });
        // a county named after a state lies in the state the report names, not in its namesake
        assertThat(code("A man was shot in the arm in Wyoming County, WV, on Sunday, troopers said."))
                .noneSatisfy(e -> assertThat(e.location() == null ? null : e.location().admin1())
                        .isEqualTo("Wyoming"));
    }

    @Test
    void whoWasKilledIsTheGerundsObjectNotThoseArrested() {
        List<EventMention> events = code("State police have arrested two deputies who are accused of shooting and "
                + "killing a 7-year-old boy in Alexandria, La., on Monday.");
        assertThat(total(events, Casualties::killed)).isEqualTo(1);
        assertThat(total(events, Casualties::arrested)).isEqualTo(2);
    }

    @Test
    void woundsAreNoPeople() {
        List<EventMention> events = code("FRESNO, Calif. (AP) \u2014 A girl was shot outside her home on Monday. She "
                + "was hit and died of multiple gunshot wounds.");
        assertThat(total(events, Casualties::killed)).isEqualTo(1);
        assertThat(total(events, Casualties::injured)).isZero();
    }

    @Test
    void theDeadAndWoundedToldWithoutAVerbOfTheirOwnAreCounted() {
        List<EventMention> events = code("FRESNO, Calif. (AP) \u2014 Gunmen opened fire on a bar on Monday, and "
                + "police said two people were dead and three wounded.");
        assertThat(total(events, Casualties::killed)).isEqualTo(2);
        assertThat(total(events, Casualties::injured)).isEqualTo(3);
    }

    @Test
    void aPersonKilledAndShotInTheSameWordsIsKilledOnly() {
        List<EventMention> events = code("FRESNO, Calif. (AP) \u2014 Deputies said the boy confessed to killing his "
                + "sister on Sunday.\n\nHe told them he had accidentally shot his sister with a rifle.");
        assertThat(total(events, Casualties::killed)).isEqualTo(1);
        assertThat(total(events, Casualties::injured)).isZero();
    }

    /** The day of the first attack that happened, in the order the page tells it (as a reader takes the lead). */
    private static String leadDay(List<EventMention> events) {
        return events.stream().filter(e -> e.eventType() == PloverType.ASSAULT && e.factuality().happened())
                .sorted(java.util.Comparator.comparingInt(e -> e.evidence().triggerStart()))
                .map(e -> e.date().value()).findFirst().orElse(null);
    }

    @Test
    void aLeadWithNoDayTakesTheDayTheStoryTellsItHappened() {
        // the publication date is Monday 2020-06-01
        assertThat(leadDay(code("HELENA, Mont. (AP) \u2014 A sheriff says a woman shot her 7-year-old son and then "
                + "herself at a ranch house.\n\nThe sheriff says the shooting happened at the house on Sunday night.")))
                .isEqualTo("2020-05-31");
        assertThat(leadDay(code("Boy accidentally shoots his sister in Baton Rouge, La.\n\nA 3-year-old girl was "
                + "taken to a hospital on Saturday afternoon after her brother accidentally shot her with a handgun, "
                + "police said."))).isEqualTo("2020-05-30");
        // an attack of a year before is background, not the day of the lead
        assertThat(leadDay(code("Police said a woman was shot in a parking lot in Tulsa, Okla.\n\nA man was shot "
                + "in the same lot on May 2, 2019."))).isEqualTo("2020-06-01");
    }

    @Test
    void peopleChargedWithTheCrimeCountWithTheArrested() {
        List<EventMention> events = code("TOPEKA, Kan. (AP) \u2014 Two men from Lawrence have been charged with murder "
                + "in the shooting of a store clerk on Friday, police said.");
        assertThat(total(events, Casualties::arrested)).isEqualTo(2);
        // nobody charged is no one held
        assertThat(total(code("TOPEKA, Kan. (AP) \u2014 A store clerk was shot dead on Friday. Police said no one "
                + "has been charged with the killing."), Casualties::arrested)).isZero();
    }

    @Test
    void someoneTreatedForGunshotWoundsAfterAKillingIsWounded() {
        List<EventMention> events = code("FRESNO, Calif. (AP) \u2014 Two men were killed in a shooting outside a bar "
                + "on Friday.\n\nA third man, 20, was treated for gunshot wounds at a hospital.");
        assertThat(total(events, Casualties::killed)).isEqualTo(2);
        assertThat(total(events, Casualties::injured)).isEqualTo(1);
        // one of the wounded already counted, told again: no one new
        List<EventMention> again = code("FRESNO, Calif. (AP) \u2014 Three people were shot outside a bar on Friday."
                + "\n\nA 20-year-old man was treated for gunshot wounds at a hospital and released.");
        assertThat(total(again, Casualties::injured)).isEqualTo(3);
    }

    @Test
    void someoneInCriticalConditionAfterAKillingIsWounded() {
        List<EventMention> events = code("FRESNO, Calif. (AP) \u2014 A man was killed in a shooting outside a bar on "
                + "Friday.\n\nHis brother remains in critical condition at a hospital.");
        assertThat(total(events, Casualties::killed)).isEqualTo(1);
        assertThat(total(events, Casualties::injured)).isEqualTo(1);
        // after a story that counted its wounded, the condition tells one of them again
        List<EventMention> counted = code("FRESNO, Calif. (AP) \u2014 One man was killed and two people were wounded "
                + "in a shooting outside a bar on Friday.\n\nPolice said John Doe, 30, was killed in the shooting."
                + "\n\nA 20-year-old woman remains in critical condition.");
        assertThat(total(counted, Casualties::injured)).isEqualTo(2);
    }
}
