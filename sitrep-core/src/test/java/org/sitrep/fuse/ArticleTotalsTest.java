package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;

class ArticleTotalsTest {
    private static final Location HERAT = new Location("in Herat province", "Herat", "AFG", "Herat", 34.3, 62.2, "admin1");
    private static final Location FARAH = new Location("in Farah province", "Farah", "AFG", "Farah", 32.4, 62.1, "admin1");

    @Test
    void aLeadsGroupIsNotCountedAgainWhenTheBodyTellsItsPeople() {
        // "Police detained a bomb maker and several suspected fighters in Herat province on Sunday."
        // "... Several of his helpers were also detained after questioning at the house."
        List<EventMention> release = List.of(
                arrest(0, "Police detained a bomb maker and several suspected fighters in Herat province on Sunday.",
                        new Count(4L, null, "a bomb maker and several suspected fighters"), HERAT),
                arrest(200, "Several suspected fighters were also detained after questioning at the house.",
                        new Count(3L, null, "Several suspected fighters"), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(4);
    }

    @Test
    void aSinglePersonNamedAgainWithTheIsNotCountedTwice() {
        // "Border police arrested a smuggling boss near Islam Qala in Herat province on Sunday. ... After a search
        // of the warehouse, the police detained the smuggling boss for questioning."
        List<EventMention> release = List.of(
                arrest(0, "Border police arrested a smuggling boss near Islam Qala in Herat province on Sunday.",
                        Count.exactly(1, "a smuggling boss"), HERAT),
                arrest(150, "After a search of the warehouse, the police detained the smuggling boss for questioning.",
                        Count.exactly(1, "the smuggling boss"), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(1);
        // "the driver" was never counted before: a new man
        List<EventMention> other = List.of(release.get(0),
                arrest(150, "Later the police detained the driver at a checkpoint.", Count.exactly(1, "the driver"), HERAT));
        assertThat(ArticleTotals.total(other, Casualties::arrested, c -> c.min())).isEqualTo(2);
    }

    @Test
    void aTallyOverMonthsIsNoPartOfTheArticlesTotal() {
        // "Police detained two suspected fighters in Herat province on Sunday. ... Police have detained 40 suspected
        // fighters in the province in the past three months."
        List<EventMention> release = List.of(
                arrest(0, "Police detained two suspected fighters in Herat province on Sunday.",
                        Count.exactly(2, "two suspected fighters"), HERAT),
                arrest(150, "Police have detained 40 suspected fighters in the province in the past three months.",
                        Count.exactly(40, "40 suspected fighters"), HERAT),
                arrest(300, "Provincial officials said 12 smugglers had been detained since January.",
                        Count.exactly(12, "12 smugglers"), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(2);
        // an operation's own span of days is no tally
        List<EventMention> days = List.of(arrest(0, "Police detained 14 suspects in Herat province over the past two days.",
                Count.exactly(14, "14 suspects"), HERAT));
        assertThat(ArticleTotals.total(days, Casualties::arrested, c -> c.min())).isEqualTo(14);
    }

    @Test
    void aVagueGroupToldAgainWithAnotherVagueWordIsOneGroup() {
        // "Police detained a smuggler and other suspects in Herat province. ... Several other suspects were also
        // detained." No figure says the second group holds more people.
        List<EventMention> release = List.of(
                arrest(0, "Police detained a smuggler and other suspects in Herat province on Sunday.",
                        new Count(3L, null, "a smuggler and other suspects"), HERAT),
                arrest(150, "Several other suspects were also detained.", new Count(3L, null, "Several other suspects"),
                        HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(3);
        // a lead that is only the vague group takes the larger word
        List<EventMention> larger = List.of(
                arrest(0, "Police detained several suspects in Herat province on Sunday.",
                        new Count(3L, null, "several suspects"), HERAT),
                arrest(150, "Numerous suspects were detained after questioning.", new Count(4L, null, "Numerous suspects"),
                        HERAT));
        assertThat(ArticleTotals.total(larger, Casualties::arrested, c -> c.min())).isEqualTo(4);
        // a figure is no vague word: twelve suspects are more than the lead's several
        List<EventMention> figure = List.of(larger.get(0),
                arrest(150, "Twelve suspects were detained after questioning.", Count.exactly(12, "Twelve suspects"), HERAT));
        assertThat(ArticleTotals.total(figure, Casualties::arrested, c -> c.min())).isEqualTo(15);
    }

    @Test
    void anUpdateConfirmingWhoWasTakenAddsNoOne() {
        // "Police detained a smuggler and two suspects in Herat province on Sunday. ... UPDATE: Police today
        // confirmed the arrest of a weapons smuggler during Sunday's operation in Herat province."
        List<EventMention> release = List.of(
                arrest(0, "Police detained a smuggler and two suspects in Herat province on Sunday.",
                        Count.exactly(3, "a smuggler and two suspects"), HERAT),
                mention(200, "Police today confirmed the arrest of a weapons smuggler during Sunday's operation in Herat "
                        + "province.", "arrest", 27, new Casualties(null, null, Count.exactly(1, "a weapons smuggler"),
                        null), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(3);
        // a confirmation with nothing told before is the release's count
        assertThat(ArticleTotals.total(List.of(release.get(1)), Casualties::arrested, c -> c.min())).isEqualTo(1);
        // one that says it is someone besides adds him
        List<EventMention> besides = List.of(release.get(0),
                mention(200, "Police today confirmed that a weapons dealer was also detained in the operation.",
                        "detained", 54, new Casualties(null, null, Count.exactly(1, "a weapons dealer"), null), HERAT));
        assertThat(ArticleTotals.total(besides, Casualties::arrested, c -> c.min())).isEqualTo(4);
    }

    @Test
    void theSameGroupToldTwiceIsCountedOnce() {
        List<EventMention> release = List.of(
                arrest(0, "Soldiers detained five suspects near the border in Herat province.",
                        Count.exactly(5, "five suspects"), HERAT),
                arrest(150, "After a search of the compound, five suspects were detained.",
                        Count.exactly(5, "five suspects"), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(5);
    }

    @Test
    void peopleTheLeadOnlyNamedOneByOneAreAdded() {
        // the lead has no group that could hold the two suspects told later
        List<EventMention> release = List.of(
                arrest(0, "Police arrested a smuggler and his driver in Herat province.",
                        Count.exactly(2, "a smuggler and his driver"), HERAT),
                arrest(120, "Two suspects were also detained at the scene.", Count.exactly(2, "Two suspects"), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(4);
    }

    @Test
    void aCountLargerThanTheLeadsGroupOrOfOtherPeopleOrElsewhereIsAdded() {
        List<EventMention> larger = List.of(
                arrest(0, "Troops detained two suspects in Herat province.", Count.exactly(2, "two suspects"), HERAT),
                arrest(90, "Later, six suspects were detained at a checkpoint.", Count.exactly(6, "six suspects"), HERAT));
        assertThat(ArticleTotals.total(larger, Casualties::arrested, c -> c.min())).isEqualTo(8);

        List<EventMention> leaders = List.of(
                arrest(0, "Troops detained several suspects in Herat province.", new Count(3L, null, "several suspects"), HERAT),
                arrest(90, "Two local commanders were detained too.", Count.exactly(2, "Two local commanders"), HERAT));
        assertThat(ArticleTotals.total(leaders, Casualties::arrested, c -> c.min())).isEqualTo(5);

        List<EventMention> separate = List.of(
                arrest(0, "Troops detained several suspects in Herat province.", new Count(3L, null, "several suspects"), HERAT),
                arrest(90, "In a separate operation, police detained two suspects.", Count.exactly(2, "two suspects"), HERAT));
        assertThat(ArticleTotals.total(separate, Casualties::arrested, c -> c.min())).isEqualTo(5);

        List<EventMention> elsewhere = List.of(
                arrest(0, "Troops detained several suspects in Herat province.", new Count(3L, null, "several suspects"), HERAT),
                arrest(90, "Police detained two suspects in Farah province.", Count.exactly(2, "two suspects"), FARAH));
        assertThat(ArticleTotals.total(elsewhere, Casualties::arrested, c -> c.min())).isEqualTo(5);
    }

    @Test
    void aLeadOverSeveralProvincesHoldsADetailInAnyOfThem() {
        List<EventMention> release = List.of(
                arrest(0, "Troops detained nine suspects during raids in Herat and Farah provinces on Sunday.",
                        Count.exactly(9, "nine suspects"), HERAT),
                arrest(120, "In Farah, the troops detained four suspects at a market.", Count.exactly(4, "four suspects"), FARAH));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(9);
    }

    @Test
    void aLaterGroupIncludingSomeoneToldBeforeRetellsTheLead() {
        List<EventMention> release = List.of(
                arrest(0, "Police detained a kidnapper and two helpers in Herat province.",
                        Count.exactly(3, "a kidnapper and two helpers"), HERAT),
                arrest(100, "Officers detained four men, including the kidnapper, after a car chase.",
                        Count.exactly(4, "four men"), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(4);
    }

    @Test
    void onePhraseCountedByTwoEventsOfItsSentenceCountsOnce() {
        String s = "Guards shot and killed three attackers at the gate.";
        EventMention shot = mention(0, s, "shot", 7, new Casualties(Count.exactly(3, "three attackers"), null, null, null), HERAT);
        EventMention killed = mention(0, s, "killed", 16, new Casualties(Count.exactly(3, "three attackers"), null, null, null), HERAT);
        assertThat(ArticleTotals.total(List.of(shot, killed), Casualties::killed, c -> c.min())).isEqualTo(3);
    }

    @Test
    void roomIsTheGroupLessThePeopleNamedOneByOne() {
        assertThat(ArticleTotals.room(new Count(5L, null, "a commander, his deputy and several fighters"))).isEqualTo(3);
        assertThat(ArticleTotals.room(Count.exactly(2, "a commander and his deputy"))).isZero();
        assertThat(ArticleTotals.room(Count.exactly(12, "12 suspects"))).isEqualTo(12);
        assertThat(ArticleTotals.room(new Count(5L, null, "two smugglers and several suspected fighters"))).isEqualTo(3);
        assertThat(ArticleTotals.room(Count.exactly(2, "two smugglers"))).isZero();
    }

    @Test
    void oneUnrankedPersonToldLaterIsOfTheLeadsGroupButNotOfItsRankedPeople() {
        List<EventMention> second = List.of(
                kill(0, "Soldiers killed three gunmen near a checkpoint in Herat province.", Count.exactly(3, "three gunmen")),
                kill(90, "A second armed gunman was killed as he tried to flee.", Count.exactly(1, "A second armed gunman")));
        assertThat(ArticleTotals.total(second, Casualties::killed, c -> c.min())).isEqualTo(3);

        List<EventMention> additional = List.of(
                arrest(0, "Police detained two smugglers in Herat province.", Count.exactly(2, "two smugglers"), HERAT),
                arrest(80, "One additional suspect was also detained.", Count.exactly(1, "One additional suspect"), HERAT));
        assertThat(ArticleTotals.total(additional, Casualties::arrested, c -> c.min())).isEqualTo(3);
    }

    @Test
    void oneUnrankedPersonBesideALeaderIsAGroupALaterDetailTellsAgain() {
        // the summary's "one suspected fighter" is the detail's "additional suspected fighter"
        List<EventMention> release = List.of(
                arrest(0, "Police detained a smuggling boss and one suspected fighter in Herat province today.",
                        Count.exactly(2, "a smuggling boss and one suspected fighter"), HERAT),
                arrest(120, "An additional suspected fighter was detained after questioning at the scene.",
                        Count.exactly(1, "An additional suspected fighter"), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(2);
        assertThat(ArticleTotals.room(Count.exactly(2, "a smuggling boss and one suspected fighter"))).isEqualTo(1);
    }

    @Test
    void aDetailNamingTheSoughtManAgainAddsOnlyItsUnrankedPeopleToTheLeadsGroup() {
        // "the bomb maker" was told of in the lead; the detail's other people are the lead's suspects
        List<EventMention> release = List.of(
                arrest(0, "Police detained several suspects in Herat province while searching for a bomb maker.",
                        new Count(3L, null, "several suspects"), HERAT),
                arrest(150, "At the house, the police detained the bomb maker and two other suspects.",
                        Count.exactly(3, "the bomb maker and two other suspects"), HERAT));
        assertThat(ArticleTotals.total(release, Casualties::arrested, c -> c.min())).isEqualTo(3);

        // a detail of only the sought man adds no one the lead lacks room for, but is not held by the group either
        List<EventMention> leader = List.of(
                arrest(0, "Police detained a bomb maker and two suspects in Herat province.",
                        Count.exactly(3, "a bomb maker and two suspects"), HERAT),
                arrest(150, "Later, police detained four suspects and a courier at a checkpoint.",
                        Count.exactly(5, "four suspects and a courier"), HERAT));
        assertThat(ArticleTotals.total(leader, Casualties::arrested, c -> c.min())).isEqualTo(8);
    }

    private static EventMention kill(int start, String sentence, Count killed) {
        return mention(start, sentence, "killed", sentence.indexOf("killed"), new Casualties(killed, null, null, null),
                HERAT);
    }

    private static final Location AKRON = new Location("in Akron", "Akron", "USA", "Ohio", 41.08, -81.52, "city");

    @Test
    void peopleCountedOnlyByNumberAndNamedLaterAreCountedOnce() {
        // "Six people were shot, one fatally, at a cookout in Akron on Saturday. ... Police said John Doe, 24, of
        // Canton, was killed."
        List<EventMention> story = List.of(
                shooting(0, "Six people were shot, one fatally, at a cookout in Akron on Saturday.",
                        Count.exactly(1, "one fatally"), AKRON),
                shooting(200, "Police said John Doe, 24, of Canton, was killed.",
                        Count.exactly(1, "John Doe, 24, of Canton"), null));
        assertThat(ArticleTotals.total(story, Casualties::killed, c -> c.min())).isEqualTo(1);
        // "A woman was gunned down ... Investigators say 27-year-old Jane Roe was gunned down"
        List<EventMention> woman = List.of(
                shooting(0, "A woman was gunned down outside a hall in Akron on Sunday.", Count.exactly(1, "A woman"),
                        AKRON),
                shooting(150, "Investigators say 27-year-old Jane Roe was gunned down after an argument.",
                        Count.exactly(1, "27-year-old Jane Roe"), AKRON));
        assertThat(ArticleTotals.total(woman, Casualties::killed, c -> c.min())).isEqualTo(1);
        // a person counted by a noun is not one the lead's number held: "a man" after "a woman" is another
        List<EventMention> two = List.of(woman.get(0),
                shooting(150, "A man was gunned down a block away an hour later.", Count.exactly(1, "A man"), AKRON));
        assertThat(ArticleTotals.total(two, Casualties::killed, c -> c.min())).isEqualTo(2);
        // nor a named victim of another shooting
        List<EventMention> other = List.of(woman.get(0),
                shooting(150, "In a separate shooting, John Doe was gunned down.", Count.exactly(1, "John Doe"), AKRON));
        assertThat(ArticleTotals.total(other, Casualties::killed, c -> c.min())).isEqualTo(2);
    }

    @Test
    void aGroupToldAgainInTheSameWordsIsCountedOnce() {
        List<EventMention> story = List.of(
                shooting(0, "A gunman shot four of his neighbors in Akron on Sunday.",
                        Count.exactly(4, "four of his neighbors"), AKRON),
                shooting(100, "The man, 41, shot four of his neighbors after an argument.",
                        Count.exactly(4, "four of his neighbors"), AKRON));
        assertThat(ArticleTotals.total(story, Casualties::killed, c -> c.min())).isEqualTo(4);
    }

    @Test
    void aPersonReferredToAgainByPronounOrFamilyNameIsCountedOnce() {
        List<EventMention> story = List.of(
                arrest(0, "Police detained John Doe, 24, in Akron on Sunday.", Count.exactly(1, "John Doe, 24"), AKRON),
                arrest(100, "Doe was detained again after he tried to flee.", Count.exactly(1, "Doe"), AKRON),
                arrest(200, "He was detained in a holding cell overnight.", Count.exactly(1, "He"), AKRON));
        assertThat(ArticleTotals.total(story, Casualties::arrested, c -> c.min())).isEqualTo(1);
        // another family name is another man
        List<EventMention> two = List.of(story.get(0),
                arrest(100, "Richard Roe was detained on Monday.", Count.exactly(1, "Richard Roe"), AKRON));
        assertThat(ArticleTotals.total(two, Casualties::arrested, c -> c.min())).isEqualTo(2);
    }

    private static EventMention shooting(int start, String sentence, Count killed, Location where) {
        int at = Math.max(sentence.indexOf("shot"), sentence.indexOf("killed"));
        return mention(start, sentence, "shot", Math.max(at, sentence.indexOf("gunned")),
                new Casualties(killed, null, null, null), where);
    }

    private static EventMention arrest(int start, String sentence, Count arrested, Location where) {
        return mention(start, sentence, "detained", sentence.indexOf("detained"),
                new Casualties(null, null, arrested, null), where);
    }

    private static EventMention mention(int start, String sentence, String trigger, int at, Casualties casualties,
                                        Location where) {
        int t = start + Math.max(0, at);
        return new EventMention("r-" + t, null, PloverType.COERCE, "arrest", List.of(), "173",
                List.of(new Participant("police", "AFGCOP", "police", null, 0, 6)), List.of(),
                new EventDate("2024-03-03", DatePrecision.DAY, "Sunday"), where, List.of(), casualties,
                new Attribution(null, null, null, null), Factuality.ASSERTED, null,
                new Evidence(sentence, start, start + sentence.length(), trigger, t, t + trigger.length()), List.of(),
                0.8, new ArticleRef("r", "r.txt", null, null, LocalDate.parse("2024-03-04"), null));
    }
}
