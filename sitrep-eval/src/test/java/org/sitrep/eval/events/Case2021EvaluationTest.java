package org.sitrep.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvaluationException;
import org.sitrep.model.ArticleRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualties;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;

/** The CASE 2021 label mapping on hand-built event records and invented sentences, the reader and the scores. */
class Case2021EvaluationTest {

    /** One event of {@code sentence}, its trigger the given word, with one actor and at most one recipient. */
    private static EventMention event(PloverType type, String mode, String cameo, String sentence, String trigger,
                                      Participant actor, Participant recipient, Factuality factuality) {
        int at = sentence.indexOf(trigger);
        return new EventMention("t-" + at, null, type, mode, List.of(), cameo, List.of(actor),
                recipient == null ? List.of() : List.of(recipient), new EventDate(null, DatePrecision.UNKNOWN, null),
                null, List.of(), Casualties.NONE, new Attribution(null, null, null, null), factuality, null,
                new Evidence(sentence, 0, sentence.length(), trigger, at, at + trigger.length()), List.of(), 0.8,
                new ArticleRef("t", null, null, null, null, null));
    }

    private static EventMention event(PloverType type, String mode, String cameo, String sentence, String trigger,
                                      Participant actor, Participant recipient) {
        return event(type, mode, cameo, sentence, trigger, actor, recipient, Factuality.ASSERTED);
    }

    private static Participant party(String text, String code) {
        return new Participant(text, code, text, null, 0, text.length());
    }

    private static String label(String sentence) {
        return Case2021Evaluation.label(List.of(), sentence);
    }

    // ---- decided by the event record ----------------------------------------------------------------------------

    @Test
    void anAbductionCodedBySitrepIsAnAbductionEvenWithoutTheWord() {
        String s = "Gunmen seized three aid workers near the town of Kalba on Tuesday.";
        EventMention abduct = event(PloverType.ASSAULT, "abduct", "181", s, "seized", party("Gunmen", "UAF"),
                party("three aid workers", "NGO"));
        assertThat(Case2021Evaluation.label(List.of(abduct), s)).isEqualTo("ABDUCT_DISSAP");
        assertThat(label(s)).isNotEqualTo("ABDUCT_DISSAP");
    }

    @Test
    void anArrestCodedBySitrepIsAnArrest() {
        String s = "Police in the capital picked up four opposition activists on Sunday.";
        EventMention arrest = event(PloverType.COERCE, "arrest", "173", s, "picked up", party("Police", "XYZCOP"),
                party("four opposition activists", "XYZOPP"));
        assertThat(Case2021Evaluation.label(List.of(arrest), s)).isEqualTo("ARREST");
        assertThat(label(s)).isEqualTo(Case2021Evaluation.FALLBACK);
    }

    @Test
    void whoTakesTheTownFollowsTheActorSector() {
        String s = "Forces loyal to the council took control of the river town on Monday.";
        Participant rebels = party("Forces loyal to the council", "LBYREB");
        Participant army = party("Forces loyal to the council", "LBYMIL");
        assertThat(Case2021Evaluation.label(List.of(event(PloverType.ASSAULT, null, "190", s, "took", rebels, null)),
                s)).isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
        assertThat(Case2021Evaluation.label(List.of(event(PloverType.ASSAULT, null, "190", s, "took", army, null)),
                s)).isEqualTo("GOV_REGAINS_TERIT");
    }

    @Test
    void withoutAnEventTheNamedGroupTellsWhoTookTheTown() {
        assertThat(label("Insurgents captured two villages east of the river overnight."))
                .isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
        assertThat(label("Government troops recaptured the district centre after a week of fighting."))
                .isEqualTo("GOV_REGAINS_TERIT");
        assertThat(label("The insurgents were driven out of the valley towns by the end of the week."))
                .isEqualTo("GOV_REGAINS_TERIT");
    }

    @Test
    void violenceAgainstArmedForcesIsAClashAgainstCiviliansAnAttack() {
        String s = "Gunmen opened fire in the northern district on Friday, killing six people.";
        Participant gunmen = party("Gunmen", "NGAREB");
        EventMention onCivilians = event(PloverType.ASSAULT, null, "190", s, "opened", gunmen,
                party("six people", "NGACVL"));
        EventMention onSoldiers = event(PloverType.ASSAULT, null, "190", s, "opened", gunmen,
                party("six people", "NGAMIL"));
        assertThat(Case2021Evaluation.label(List.of(onCivilians), s)).isEqualTo("ATTACK");
        assertThat(Case2021Evaluation.label(List.of(onSoldiers), s)).isEqualTo("ARMED_CLASH");
        assertThat(label("Militants ambushed an army patrol on the highway, killing two soldiers."))
                .isEqualTo("ARMED_CLASH");
        assertThat(label("Armed men stormed a village school and shot dead four pupils."))
                .isEqualTo("ATTACK");
    }

    @Test
    void aPlannedAgreementIsNotAnAgreement() {
        String s = "Both parties will consider the plan next week.";
        Participant parties = party("Both parties", "XYZGOV");
        EventMention told = event(PloverType.AGREE, null, "030", s, "consider", parties, null, Factuality.ASSERTED);
        EventMention planned = event(PloverType.AGREE, null, "030", s, "consider", parties, null,
                Factuality.PLANNED);
        assertThat(Case2021Evaluation.label(List.of(told), s)).isEqualTo("AGREEMENT");
        assertThat(Case2021Evaluation.label(List.of(planned), s)).isEqualTo(Case2021Evaluation.FALLBACK);
    }

    @Test
    void aRiotCodedBySitrepIsAViolentDemonstration() {
        String s = "Youths rampaged through the old town after the verdict.";
        EventMention riot = event(PloverType.PROTEST, "riot", "145", s, "rampaged", party("Youths", "XYZCVL"), null);
        assertThat(Case2021Evaluation.label(List.of(riot), s)).isEqualTo("VIOL_DEMONSTR");
    }

    @Test
    void governmentsTradingWordsIsDiplomacyButAnArmedGroupsDemandIsNot() {
        String s = "He told his counterpart to respect the border.";
        EventMention minister = event(PloverType.REQUEST, null, "100", s, "told", party("He", "CHNGOV"),
                party("his counterpart", "INDGOV"));
        EventMention commander = event(PloverType.REQUEST, null, "100", s, "told", party("He", "XYZREB"),
                party("his counterpart", "INDGOV"));
        assertThat(Case2021Evaluation.label(List.of(minister), s)).isEqualTo("DIPLO");
        assertThat(Case2021Evaluation.label(List.of(commander), s)).isEqualTo(Case2021Evaluation.FALLBACK);
        assertThat(label("The foreign ministry condemned the closure of the border crossing.")).isEqualTo("DIPLO");
    }

    // ---- decided by the words, in precedence order -----------------------------------------------------------

    @Test
    void aSuicideBomberOutranksTheExplosivesSitrepCodes() {
        String s = "A suicide bomber detonated explosives at a checkpoint outside the city, killing nine.";
        EventMention bomb = event(PloverType.ASSAULT, "explosives", "183", s, "detonated", party("A suicide bomber",
                "UAF"), null);
        assertThat(Case2021Evaluation.label(List.of(bomb), s)).isEqualTo("SUIC_BOMB");
        assertThat(label("A bomb hidden in a parked car exploded near the market, killing nine."))
                .isEqualTo("REM_EXPLOS");
        assertThat(label("Two soldiers died when their vehicle struck a landmine on a farm track."))
                .isEqualTo("REM_EXPLOS");
    }

    @Test
    void aHandGrenadeIsAGrenadeButARocketPropelledOneIsShelling() {
        assertThat(label("Attackers threw a grenade into a crowded cafe, wounding seven.")).isEqualTo("GRENADE");
        assertThat(label("Rebels fired a rocket-propelled grenade at an army truck.")).isEqualTo("ART_MISS_ATTACK");
    }

    @Test
    void aChlorineLeakIsAnAccidentButDroppedChlorineIsAChemicalWeapon() {
        assertThat(label("Dozens were treated after a chlorine leak at a water treatment plant."))
                .isEqualTo("MAN_MADE_DISASTER");
        assertThat(label("Government helicopters dropped chlorine on the besieged suburb, witnesses said."))
                .isEqualTo("CHEM_WEAP");
    }

    @Test
    void weaponsFoundBeforeHarmAreDisruptedButADeviceThatExplodedIsNot() {
        assertThat(label("Police seized 40 rifles and 3,000 rounds of ammunition in a raid on a warehouse."))
                .isEqualTo("DISR_WEAP");
        assertThat(label("An IED found by a patrol exploded while soldiers tried to defuse it, wounding two."))
                .isEqualTo("REM_EXPLOS");
    }

    @Test
    void protestsAreToldApartByWhatProtestersAndPoliceDid() {
        assertThat(label("Thousands marched through the capital demanding early elections."))
                .isEqualTo("PEACE_PROTEST");
        assertThat(label("Police fired tear gas and detained dozens of demonstrators outside parliament."))
                .isEqualTo("PROTEST_WITH_INTER");
        assertThat(label("Security forces opened fire on demonstrators in the port city, killing four."))
                .isEqualTo("FORCE_AGAINST_PROTEST");
        assertThat(label("Protesters threw stones at police and set cars on fire during the rally."))
                .isEqualTo("VIOL_DEMONSTR");
        assertThat(label("A mob lynched two men accused of stealing cattle.")).isEqualTo("MOB_VIOL");
    }

    @Test
    void diplomaticMeasuresAndClaimsOutrankTheAttackTheyAreAbout() {
        assertThat(label("The government expelled two diplomats over the chemical weapons attack on the town."))
                .isEqualTo("DIPLO");
        assertThat(label("The group claimed responsibility for the car bomb that killed 12 soldiers."))
                .isEqualTo("ATTRIB");
        assertThat(label("Soldiers were accused of raping women during the raid on the village."))
                .isEqualTo("SEX_VIOL");
    }

    @Test
    void territoryHandedOverWithoutAFightIsANonViolentTransfer() {
        assertThat(label("The rebels entered the town after government troops withdrew without a fight."))
                .isEqualTo("NON_VIOL_TERRIT_TRANSFER");
        assertThat(label("Under the accord the militia withdrew from the port and handed control to the navy."))
                .isEqualTo("NON_VIOL_TERRIT_TRANSFER");
        assertThat(label("The militia withdrew from the port after heavy shelling and the navy took control of it."))
                .isEqualTo("GOV_REGAINS_TERIT");
    }

    @Test
    void aGroupNamedForLiberationTakesNoTerritoryByItsName() {
        assertThat(label("Soldiers and fighters of the Coastal Liberation Front exchanged fire near the bridge."))
                .isEqualTo("ARMED_CLASH");
    }

    @Test
    void otherLabelsFromTheirWords() {
        assertThat(label("Floods after days of torrential rain have killed 30 people in the north."))
                .isEqualTo("NATURAL_DISASTER");
        assertThat(label("Foreign troops set up a new military base near the border crossing."))
                .isEqualTo("HQ_ESTABLISHED");
        assertThat(label("The warring parties agreed a three-day ceasefire starting on Friday."))
                .isEqualTo("AGREEMENT");
        assertThat(label("Customs officers broke up a ring smuggling cigarettes across the border."))
                .isEqualTo("ORG_CRIME");
        assertThat(label("Police arrested five men over a cocaine trafficking ring.")).isEqualTo("ORG_CRIME");
        assertThat(label("Police arrested a journalist at his home on Monday.")).isEqualTo("ARREST");
        assertThat(label("Looters ransacked shops in the market district overnight."))
                .isEqualTo("PROPERTY_DISTRUCT");
        assertThat(label("Hundreds of fighters defected to the government side with their weapons."))
                .isEqualTo("CHANGE_TO_GROUP_ACT");
        assertThat(label("Warplanes struck a fuel depot on the edge of the city.")).isEqualTo("AIR_STRIKE");
        assertThat(label("About 4,000 villagers fled across the border this week.")).isEqualTo("OTHER");
    }

    @Test
    void everyAnswerIsOneOfTheThirtyLabels() {
        assertThat(Case2021Evaluation.LABELS).hasSize(30).doesNotHaveDuplicates();
        for (String s : List.of("The committee met on Tuesday.", "", "Riot police stood by.")) {
            assertThat(Case2021Evaluation.LABELS).contains(label(s));
        }
    }

    // ---- the scores ---------------------------------------------------------------------------------------------

    @Test
    void scoresAreWorkedOutPerLabelAndMacroAveragedOverGoldLabelsOnly() {
        // gold A A B C, predicted A B B D: A tp1 fn1, B tp1 fp1, C fn1, D fp1 (no gold: not in the macro average)
        Map<String, int[]> counts = new TreeMap<>();
        counts.put("A", new int[] {1, 0, 1});
        counts.put("B", new int[] {1, 1, 0});
        counts.put("C", new int[] {0, 0, 1});
        counts.put("D", new int[] {0, 1, 0});
        Map<String, Object> m = Case2021Evaluation.metrics(4, 2, counts);
        assertThat(m).containsEntry("suite", "case2021").containsEntry("snippets", 4).containsEntry("micro_f1", 0.5);
        assertThat(m.get("macro_f1")).isEqualTo(GsrEvaluation.round((2.0 / 3 + 2.0 / 3 + 0) / 3));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> perLabel = (Map<String, Map<String, Object>>) m.get("per_label");
        assertThat(perLabel.get("A")).containsEntry("precision", 1.0).containsEntry("recall", 0.5)
                .containsEntry("support", 2);
        assertThat(perLabel.get("D")).containsEntry("f1", 0.0).containsEntry("support", 0);
    }

    // ---- the reader ---------------------------------------------------------------------------------------------

    @Test
    void readsTheSnippetsAfterTheHeader(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dev.tsv");
        Files.writeString(f, "id\tEventSnippet\tSubType\n"
                + "7\tRebels shelled the \u00e9cole district.\tART_MISS_ATTACK\n"
                + "\n"
                + "9\t\"The minister said \"\"no\"\" to talks.\"\tDIPLO\n", StandardCharsets.UTF_8);
        List<Case2021Record> records = Case2021Record.read(f);
        assertThat(records).containsExactly(
                new Case2021Record("7", "Rebels shelled the \u00e9cole district.", "ART_MISS_ATTACK"),
                new Case2021Record("9", "The minister said \"no\" to talks.", "DIPLO"));
    }

    @Test
    void aBadLineIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dev.tsv");
        Files.writeString(f, "id\tEventSnippet\tSubType\n1\tA text.\tARREST\n2\tno label here\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Case2021Record.read(f)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining(f + ":3:");
        Files.writeString(f, "id\tEventSnippet\tSubType\n1\tA text.\tRIOTING\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Case2021Record.read(f)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining(f + ":2:").hasMessageContaining("RIOTING");
    }

    @Test
    void aMissingFileOrHeaderIsAnError(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("none.tsv");
        assertThatThrownBy(() -> Case2021Record.read(missing)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining(missing.toString());
        Path noHeader = dir.resolve("bare.tsv");
        Files.writeString(noHeader, "1\tA text.\tARREST\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Case2021Record.read(noHeader)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining(noHeader + ":1:");
    }
}
