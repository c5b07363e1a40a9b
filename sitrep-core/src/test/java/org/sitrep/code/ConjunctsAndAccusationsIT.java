package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Factuality;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Sentences written by the team for the whole-article recall rules of issue 5: a past-tense verb joined by "and" to
 * an infinitive or a gerund is the main verb's conjunct; a participle clause after a comma that only got a carried
 * passive subject is the main clause's; "allied" before a noun is an adjective; what a party is accused of ("of
 * shelling ...") is no event of the accuser's; an accusation of violence against unarmed people is CAMEO 1122.
 */
class ConjunctsAndAccusationsIT {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor code prefix | a recipient code prefix (or empty)
            "2024-05-10|Burundi denied backing the militia and accused Congolese soldiers and allied fighters of attacking Hutu communities near Bukavu.|ACCUSE|1122|BDI|COD",
            "2024-05-10|India's embassy in Dhaka said three of its citizens had been detained and demanded their immediate release, accusing Bangladeshi authorities of inventing a smuggling case.|ACCUSE|112|INDGOV|BGD",
            // "military" after a possessive and before the verb is the noun the possessive needs (tagger repair)
            "2026-03-08|Kenya's military accused al Shabaab of ambushing a convoy near Mandera on Friday and stealing its fuel.|ACCUSE|112|KENMIL|SOMREB",
            // an accusation of theft, looting or black-market trade is one of crime (CAMEO 1121)
            "2026-03-08|Somalia accused al Shabaab fighters of looting food stores in Baidoa.|ACCUSE|1121|SOM|SOMREB",
            // workers named by their industry are labour, not the industry's firms
            "2026-03-08|A national strike by Chile's bank workers entered its third day on Monday.|PROTEST|143|CHLLAB|",
            "2026-03-08|South Korean autoworkers walked off the job on Monday.|PROTEST|143|KORLAB|",
            "2024-05-10|Amnesty International accused Myanmar's army of killing dozens of civilians in Rakhine state.|ACCUSE|1122|NGO|MMR",
            "2024-05-10|Kenya's president thanked Japan for its offer to help and asked for more food aid for the drought-hit north.|REQUEST|103|KEN|",
            // backing a military offensive is military aid; aid diverted is aid confiscated; a vow to drive a
            // party out is a threat of force
            "2024-05-10|Uganda denied supporting the rebel offensive in Ituri.|AID|072|UGA|",
            "2024-05-10|Al Shabaab denied diverting food aid, saying its fighters had only guarded the trucks.|COERCE|1711|SOM|",
            "2024-05-10|Somalia's president vowed to drive al Shabaab out of the central regions whatever the cost.|THREATEN|138|SOM|SOMREB",
            "2024-05-10|Sudan's government denied food aid to the rebel-held north.|REJECT|122|SDN|",
            // demonstrators are no sports crowd, whatever cup the sentence names
            "2024-05-10|About 3,000 pro-Palestinian demonstrators marched through the southern Spanish city of Seville on Sunday ahead of Spain's Davis Cup tie against Israel.|PROTEST|141|ESPCVL|"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    /** The shelling is what Uganda alleges, not something Uganda did. */
    @Test
    void whatAPartyIsAccusedOfIsNoEventOfTheAccuser() {
        assertThat(Nlp.code("2024-05-10", "Uganda accused Sudanese troops of shelling border villages."))
                .noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.cameo()).isEqualTo("112"); // villages are places, not people
                });
    }

    /** A denied gerund is the denied act; its object lends no word to "deny" ("deny aid" is a refusal). */
    @Test
    void aDeniedGerundIsNoRefusal() {
        assertThat(Nlp.code("2024-05-10", "Al Shabaab denied diverting food aid, saying its fighters had only "
                + "guarded the trucks.")).noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.REJECT))
                .anySatisfy(e -> assertThat(e.factuality().label()).isEqualTo("denied"));
    }

    /** A sports sentence codes no attack, and a march's route is where it happened. */
    @Test
    void sportsSentencesKeepOnlyProtestsWhichHappenAlongTheirRoute() {
        assertThat(Nlp.code("2024-05-10", "Fans attacked the referee after Spain's Davis Cup tie against Israel."))
                .isEmpty();
        assertThat(Nlp.code("2024-05-10", "About 3,000 pro-Palestinian demonstrators marched through the southern "
                + "Spanish city of Seville on Sunday ahead of Spain's Davis Cup tie against Israel."))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.PROTEST);
                    assertThat(e.location().name()).isEqualTo("Seville");
                });
    }

    /** "the two sides": the two parties named last, or the two joined by "and" just before, not their host. */
    @Test
    void theTwoSidesAreTheLastTwoParties() {
        assertThat(Nlp.code("2024-05-10", "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met "
                + "in Nairobi on Friday. Speaking after the talks, Ruto said the two sides had reached an understanding "
                + "on the border.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.AGREE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactlyInAnyOrder("KENGOV", "ETHGOV");
                });
        assertThat(Nlp.code("2024-05-10", "Egyptian mediators hosted Sudanese army and RSF delegations in Jeddah last "
                + "week, but the two sides did not meet face to face.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.CONSULT);
                    assertThat(e.factuality().label()).isEqualTo("negated");
                    assertThat(e.actor()).extracting(Participant::code).containsExactlyInAnyOrder("SDNMIL", "SDNREB");
                });
    }

    /** A pair named together a few sentences before is the two sides, over parties named singly since. */
    @Test
    void bothSidesAreAPairNamedTogetherBeforeTheirOwnSpokesmen() {
        assertThat(Nlp.code("2024-05-10", "Eritrea and Ethiopia have traded accusations over the clashes. Ethiopia's "
                + "foreign ministry said Eritrean troops had shelled the town of Zalambessa. The Eritrean state mining "
                + "company said Ethiopian drones had struck a quarry. A mediator said both sides had agreed to a "
                + "truce.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.AGREE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactlyInAnyOrder("ERI", "ETH");
                });
    }

    /** "said ... had reached ... and urged": the urging is the speaker's own act, told by the outlet. */
    @Test
    void anActOfAddressAfterAReportedPastPerfectIsTheSpeakers() {
        assertThat(Nlp.code("2024-05-10", "Ruto said the two governments had reached a deal on grazing rights and "
                + "urged herders on both sides to respect it.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.REQUEST);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("KENGOV");
                    assertThat(e.factuality().label()).isEqualTo("asserted");
                });
    }

    /** A subject "they" after two parties joined by "and" is that pair; a prisoner swap agreed is CAMEO 0353. */
    @Test
    void theyAfterAJoinedPairIsThePair() {
        assertThat(Nlp.code("2024-05-10", "Armenia and Azerbaijan last held direct talks in Almaty in May, when they "
                + "agreed to exchange prisoners but made no progress on the border.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.AGREE);
                    assertThat(e.cameo()).isEqualTo("0353");
                    assertThat(e.actor()).extracting(Participant::code).containsExactlyInAnyOrder("ARM", "AZE");
                });
    }

    /** "allied fighters" is one noun phrase joined to "Congolese soldiers": both are accused. */
    @Test
    void alliedBeforeANounIsAnAdjective() {
        assertThat(Nlp.code("2024-05-10", "Burundi denied backing the militia and accused Congolese soldiers and "
                + "allied fighters of attacking Hutu communities near Bukavu.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.recipient()).extracting(Participant::code).contains("CODMIL", "CODREB");
                });
    }

    @Test
    void theActorsOwnSpokesmanClosingTheSentenceIsNoRecipientOfTheRequest() {
        var request = Nlp.code("2026-02-10", "Moldova's president met the German chancellor in Berlin on Tuesday and "
                + "asked for more gas supplies ahead of the winter, a Moldovan official said.").stream()
                .filter(e -> e.eventType() == PloverType.REQUEST).findFirst().orElseThrow();
        assertThat(request.actor()).extracting(Participant::code).containsExactly("MDAGOV");
        assertThat(request.recipient()).extracting(Participant::code).noneMatch(c -> c.startsWith("MDA"));
    }

    @Test
    void aParticipleHungOnARelativeClauseIsTheActOfTheClauseThatHoldsItsNoun() {
        var attacks = Nlp.code("2026-01-12", "Kenyan police opened fire on two men who ran toward a checkpoint in "
                + "Mombasa on Sunday, killing them, officials said.").stream()
                .filter(e -> e.eventType() == PloverType.ASSAULT).toList();
        assertThat(attacks).as("the men did not kill themselves").isNotEmpty().allSatisfy(e -> assertThat(e.actor())
                .extracting(Participant::code).containsExactly("KENCOP"));
        assertThat(attacks.get(0).casualties().killed()).as("'them' counts the two men").isNotNull()
                .satisfies(k -> assertThat(k.min()).isEqualTo(2));
    }

    @Test
    void peopleToldHurtAfterARiotAreItsWoundedNotAnAttackByNobody() {
        var events = Nlp.code("2026-01-12", "Hundreds of masked protesters threw stones and bottles at police in Lyon "
                + "on Saturday. Three officers were slightly injured.");
        assertThat(events).as("no attack without an attacker").noneMatch(e -> e.eventType() == PloverType.ASSAULT
                && e.actor().isEmpty());
        assertThat(events).filteredOn(e -> e.evidence().trigger().equals("threw")).singleElement()
                .satisfies(e -> assertThat(e.casualties().injured().min()).isEqualTo(3));
    }

    /** A package of sanctions is the approval's object; what it includes is part of the same act, not a second ban. */
    @Test
    void aPackageOfSanctionsAndWhatItIncludesAreTheOneApproval() {
        var events = Nlp.code("2026-02-03", "The European Union separately approved its 20th package of "
                + "sanctions against Belarus, including a ban on imports of Belarusian potash from 2028.");
        assertThat(events).filteredOn(e -> e.eventType() == PloverType.COERCE).singleElement()
                .satisfies(e -> assertThat(e.actor()).extracting(Participant::code).containsExactly("IGOEUR"));
    }

    /** "last held talks in May" tells the latest earlier meeting: background, and so is what was agreed then. */
    @Test
    void theLastEarlierTimeSomethingHappenedIsBackground() {
        var events = Nlp.code("2024-06-20", "Armenia and Azerbaijan last held direct talks in Almaty in May, when they "
                + "agreed to demarcate part of the border.");
        assertThat(events).extracting(e -> e.eventType()).contains(PloverType.CONSULT, PloverType.AGREE);
        assertThat(events).allSatisfy(e -> assertThat(e.factuality()).isEqualTo(Factuality.HISTORICAL));
        assertThat(Nlp.code("2024-06-20", "Armenian and Azerbaijani officials held talks in Almaty last week."))
                .extracting(e -> e.factuality()).containsOnly(Factuality.ASSERTED);
    }

    /** The country whose workers strike (possessive or adjective) gives them their country, not their target. */
    @Test
    void thePossessorThatGivesTheActorItsCountryIsNoRecipient() {
        assertThat(Nlp.code("2026-03-08", "A national strike by the majority of Chile's 40,000 copper miners completed "
                + "three days on Monday.")).singleElement().satisfies(e -> {
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("CHLLAB");
                    assertThat(e.recipient()).isEmpty();
                });
        assertThat(Nlp.code("2026-03-08", "A general strike by Chilean copper miners entered its second day on "
                + "Tuesday.")).singleElement().satisfies(e -> assertThat(e.recipient()).isEmpty());
    }

    /** "both countries" that a subject criticises are two others, not the critic's own country. */
    @Test
    void theSubjectActingOnBothCountriesIsNotOneOfThem() {
        assertThat(Nlp.code("2026-03-08", "Armenian and Azerbaijani troops exchanged fire on their border on Monday. "
                + "Turkish President Recep Tayyip Erdogan criticised both countries on Tuesday."))
                .filteredOn(e -> e.eventType() == PloverType.ACCUSE).singleElement()
                .satisfies(e -> assertThat(e.recipient()).extracting(Participant::country)
                        .containsExactlyInAnyOrder("ARM", "AZE"));
    }
}
