package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Sentences written by the team with the coding a careful analyst gives them. Each must produce exactly that one
 * event; the fields checked are type, CAMEO root, actor and recipient codes, factuality and date.
 */
class DependencyEventCoderIT {

    private static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split("\\+"));
    }

    @Test
    void aMeetingWhosePartnerAloneIsNamedKeepsThePartnerAsRecipient() {
        List<EventMention> events = Nlp.code("2025-11-19", "It said it was ready to hold a new round of talks with "
                + "Japan in Geneva.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType().name()).isEqualTo("CONSULT");
            assertThat(e.actor()).isEmpty();
            assertThat(codes(e.recipient())).containsExactly("JPN");
        });
        // an owner we cannot name is the other side: no meeting is told with its partner alone
        assertThat(Nlp.code("2025-11-19", "He told reporters that his conversations with the Japanese prime minister "
                + "were pleasant.")).noneMatch(e -> e.eventType().name().equals("CONSULT") && e.actor().isEmpty());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | cameo root | actors | recipients | factuality | event date
            // "A met B", "A held talks with B": the partner is the recipient (CAMEO manual, PLOVER GSR); "A and B met"
            // names both as actors
            "2025-11-19|US envoy Steve Witkoff held talks with Kremlin envoy Kirill Dmitriev in Miami on Monday.|CONSULT|04|USAGOV|RUSGOV|asserted|2025-11-17",
            "2025-11-19|Ukraine was attacked by Russian drones on Tuesday.|ASSAULT|19|RUS|UKR|asserted|2025-11-18",
            "2025-11-19|Zelensky did not meet Witkoff in Ankara.|CONSULT|04|UKRGOV|USAGOV|negated|2025-11-19",
            "2025-11-19|Russia denied attacking civilians in Kharkiv.|ASSAULT|19|RUS|UKRCVL|denied|2025-11-19",
            "2025-11-19|Putin is expected to meet Trump in Budapest next week.|CONSULT|04|RUSGOV|USAGOV|expected|2025-11",
            "2025-11-19|Trump will visit China in April.|CONSULT|04|USAGOV|CHN|planned|2026-04",
            "2025-11-19|If talks fail, Washington could impose new sanctions on Moscow.|COERCE|16|USAGOV|RUS|hypothetical|2025-11-19",
            "2025-11-19|The European Union imposed sanctions on Iran on Monday.|COERCE|16|IGOEUR|IRN|asserted|2025-11-17",
            "2025-11-19|Russia and Ukraine agreed to exchange prisoners.|AGREE|03|RUS+UKR||asserted|2025-11-19",
            "2025-11-19|Israel accused Hamas of violating the ceasefire.|ACCUSE|11|ISR|PSEREB|asserted|2025-11-19",
            "2025-11-19|Hamas rejected the proposal on Tuesday.|REJECT|12|PSEREB||asserted|2025-11-18",
            "2025-11-19|Thousands of people protested in Tbilisi against the government.|PROTEST|14|GEOCVL|GEOGOV|asserted|2025-11-19",
            "2025-11-19|Police arrested 30 protesters in Tbilisi on Tuesday.|COERCE|17|GEOCOP|GEOCVL|asserted|2025-11-18",
            "2025-11-19|China threatened to retaliate against Japan.|THREATEN|13|CHN|JPN|asserted|2025-11-19",
            // with the recipient slot empty, the party the complement is about: a "that" clause's subject, the
            // verb phrase's first actor, the owner of the object, the purpose of a strike
            "2025-11-19|Venezuela threatened to cut oil shipments to Colombia.|THREATEN|13|VEN|COL|asserted|2025-11-19",
            "2025-11-19|Hungary demanded that Slovakia withdraw the language law.|REQUEST|10|HUN|SVK|asserted|2025-11-19",
            "2025-11-19|Chile rejected Bolivia's demand for access to the sea.|REJECT|12|CHL|BOL|asserted|2025-11-19",
            // a name with a possessive inside; "their meeting" belongs to the subject of "held"
            "2025-11-19|Egypt demanded that the Democratic People's Republic of Korea release the sailors.|REQUEST|10|EGY|PRK|asserted|2025-11-19",
            "2025-11-19|Kenya repeated its demand that Uganda's government pay the debt.|REQUEST|10|KEN|UGAGOV|asserted|2025-11-19",
            // a list of countries after the first recipient, however the parser attached it
            "2025-11-19|Japan threatened to cut aid to Laos, Cambodia and Myanmar.|THREATEN|13|JPN|LAO+KHM+MMR|asserted|2025-11-19",
            // a fronted phrase is no party; a misspelt country; the subject of a threat's condition; who leads a force
            "2025-11-19|Despite appeals by aid agencies, Turkey refused to open the border to Syrian refugees.|REJECT|12|TUR|SYRREF|asserted|2025-11-19",
            "2025-11-19|Ethopia has agreed to reopen its border with Kenya.|AGREE|03|ETH|KEN|asserted|2025-11-19",
            "2025-11-19|Iran threatened to halt talks to limit its enrichment if Britain goes ahead with the new sanctions.|THREATEN|13|IRN|GBR|asserted|2025-11-19",
            "2025-11-19|Vietnamese-led troops attacked rebel camps on Tuesday.|ASSAULT|19|VNMMIL||asserted|2025-11-18",
            // where, not whom: a place along which troops deploy
            "2025-11-19|Poland deployed 40,000 troops along its border with Belarus.|MOBILIZE|15|POL||asserted|2025-11-19",
            "2025-11-19|A group of Chilean diplomats held their first meeting with Argentine officials in Santiago.|CONSULT|04|CHLGOV|ARGGOV|asserted|2025-11-19",
            // the Kremlin is a party to the call it tells of: claimed; it is no party to a Ukrainian attack on a plant
            "2025-11-19|Trump spoke by phone with Putin on Tuesday, the Kremlin said.|CONSULT|04|USAGOV|RUSGOV|claimed|2025-11-18",
            "2025-11-19|Rubio called on Russia to end the war.|REQUEST|10|USAGOV|RUS|asserted|2025-11-19",
            "2025-11-19|The Kremlin said Ukrainian drones had attacked the Zaporizhzhia plant.|ASSAULT|19|UKR||reported|2025-11-19",
            "2020-06-01|Trump met Putin in Helsinki.|CONSULT|04|USAGOV|RUSGOV|asserted|2020-06-01",
            "2022-06-01|Trump met Putin in Helsinki.|CONSULT|04|USAELI|RUSGOV|asserted|2022-06-01",
            // a gerund the parser reads as a modifier of the object; a verb the tagger reads as an adjective
            "2025-11-19|Georgia's government denied detaining opposition leader Nika Melia in Tbilisi.|COERCE|17|GEOGOV|GEOOPP|denied|2025-11-19",
            "2025-11-19|Russia's army denied opening fire on Ukrainian civilians near Kherson.|ASSAULT|19|RUSMIL|UKRCVL|denied|2025-11-19",
            "2025-11-19|Russian soldiers did not open fire on Ukrainian villagers.|ASSAULT|19|RUSMIL|UKRCVL|negated|2025-11-19",
            // a weapon as subject: no actor named, the victims are the recipients
            "2025-11-19|A car bomb exploded outside a market in Kabul on Tuesday, killing 12 Afghan civilians.|ASSAULT|18||AFGCVL|asserted|2025-11-18",
            // the subject decides: striking teachers protest, a ceasefire between two parties holds
            "2025-11-19|French teachers will strike on Thursday against budget cuts.|PROTEST|14|FRAEDU||planned|2025-11-20",
            "2025-11-19|A ceasefire between Armenia and Azerbaijan took effect on Monday.|RETREAT|08|ARM+AZE||asserted|2025-11-17",
            // "called on X to" read by the parser as a clause; a late conjunct sharing the main verb's subject
            "2025-11-19|The European Union called on Serbia to withdraw its troops from the border.|REQUEST|10|IGOEUR|SRB|asserted|2025-11-19",
            // approving sanctions is imposing them, not supporting their target
            "2025-11-19|The European Union approved a new package of sanctions against Iran on Monday.|COERCE|16|IGOEUR|IRN|asserted|2025-11-17",
            // a plural noun after a proper noun, mis-tagged as a verb ("EU demands"), is the object: no demand is coded
            "2025-06-04|Hungary dismissed EU demands to change the media law.|REJECT|12|HUN|IGOEUR|asserted|2025-06-04",
            // transport workers are labour; a sit-in (tokenised sit - in); crowds gathering; the seat of power a
            // protest stands outside is what it is against
            "2025-06-04|Bus drivers went on strike across Nigeria over unpaid wages.|PROTEST|14|NGALAB||asserted|2025-06-04",
            "2025-06-04|Students staged a sit-in outside the parliament in Tbilisi.|PROTEST|14|GEOEDU|GEOLEG|asserted|2025-06-04",
            "2025-06-04|Crowds gathered outside the presidential palace in Lima on Sunday.|PROTEST|14|PERCVL|PERGOV|asserted|2025-06-01",
            // "drone" after "a Russian" is no verb; the victims belong to the city attacked, not to the attacker
            "2025-11-23|A Russian drone attack on the eastern city of Kharkiv killed three people on Sunday.|ASSAULT|19|RUS|UKR|asserted|2025-11-23",
            // a time phrase lends no pattern word ("called ... on Friday" is no "call on"); condemnation as a judgement
            "2025-12-03|Macron called Zelensky on Friday.|CONSULT|04|FRAGOV|UKRGOV|asserted|2025-11-28",
            "2025-12-03|Japan's foreign ministry called the missile launch provocative.|ACCUSE|11|JPNGOV||asserted|2025-12-03",
            // one object noun phrase misparsed as an indirect object
            "2025-06-04|Belarus freed the Lithuanian activist Olga Karach on Monday.|RETREAT|08|BLR|LTUCVL|asserted|2025-06-02",
            // trade cut off with a partner; export controls on a country's firms
            "2025-06-04|Canada suspended all trade with Venezuela.|SANCTION|16|CAN|VEN|asserted|2025-06-04",
            "2025-06-04|Japan imposed export controls on 23 South Korean firms.|COERCE|16|JPN|KORBUS|asserted|2025-06-04",
            // a story that names no country: its dateline's country is where the unnamed sides belong
            "2010-05-04|KUNDUZ, Afghanistan (May 4, 2010) – Police detained three insurgents in the city yesterday.|COERCE|17|AFGCOP|AFGREB|asserted|2010-05-03"})
    void codesTheEventAnAnalystWould(String date, String sentence, String type, String cameoRoot, String actors,
                                     String recipients, String factuality, String eventDate) {
        List<EventMention> events = Nlp.code(date, sentence);
        assertThat(events).as(sentence).hasSize(1);
        EventMention e = events.get(0);
        assertThat(e.eventType().name()).isEqualTo(type);
        assertThat(e.cameo()).startsWith(cameoRoot);
        assertThat(codes(e.actor())).containsExactlyInAnyOrderElementsOf(split(actors));
        assertThat(codes(e.recipient())).containsExactlyInAnyOrderElementsOf(split(recipients));
        assertThat(e.factuality().label()).isEqualTo(factuality);
        assertThat(e.date().value()).isEqualTo(eventDate);
    }

    @Test
    void aWarningOfWhatTheSpeakersOwnSideWillDoIsAThreatAndAForecastIsNot() {
        List<EventMention> threat = Nlp.code("1996-05-02", "Ghana's president warned that his government would "
                + "expel Nigerian traders who had no permits.");
        assertThat(threat).filteredOn(e -> e.eventType().name().equals("THREATEN")).singleElement().satisfies(e -> {
            assertThat(codes(e.actor())).containsExactly("GHAGOV");
            assertThat(codes(e.recipient())).containsExactly("NGABUS");
        });
        assertThat(Nlp.code("1996-05-02", "The United Nations warned that millions of Sudanese would starve."))
                .noneMatch(e -> e.eventType().name().equals("THREATEN"));
        assertThat(Nlp.code("1996-05-02", "Russia warned that it would take time to rebuild trust with Japan."))
                .as("a state, no act").noneMatch(e -> e.eventType().name().equals("THREATEN"));
        assertThat(Nlp.code("1996-05-02", "The Indian government warned that it would have to raise fuel prices."))
                .as("an obligation, no act").noneMatch(e -> e.eventType().name().equals("THREATEN"));
    }

    @Test
    void anApproximateCountTakenForAPrepositionalPhraseIsStillTheObjectAndItsTargetTheRecipient() {
        List<EventMention> events = Nlp.code("2024-10-02",
                "Iran fired about 180 ballistic missiles at Israel on Tuesday night.");
        assertThat(events).filteredOn(e -> e.eventType().name().equals("ASSAULT")).singleElement().satisfies(e -> {
            assertThat(codes(e.actor())).containsExactly("IRN");
            assertThat(codes(e.recipient())).containsExactly("ISR");
        });
    }

    @Test
    void anObjectWithAReducedRelativeClauseIsStillTheObject() {
        List<EventMention> events = Nlp.code("1997-06-30", "Mauritania freed 14 Senegalese fishermen held since "
                + "the border clash.");
        assertThat(events).filteredOn(e -> e.eventType().name().equals("RETREAT")).singleElement()
                .satisfies(e -> assertThat(codes(e.recipient())).containsExactly("SENCVL"));
    }

    @Test
    void aShipOwnedByACountrysFirmsIsThatCountrysBusiness() {
        List<EventMention> events = Nlp.code("1988-04-14", "Iranian gunboats attacked a Danish-owned tanker in "
                + "the Gulf on Thursday.");
        assertThat(events).filteredOn(e -> e.eventType().name().equals("ASSAULT")).singleElement()
                .satisfies(e -> assertThat(codes(e.recipient())).containsExactly("DNKBUS"));
    }

    @Test
    void aChargeMadeInAThatClauseAccusesItsSubject() {
        List<EventMention> events = Nlp.code("1996-05-02", "Pakistani villagers charged that Indian soldiers had "
                + "burned their homes.");
        assertThat(events).filteredOn(e -> e.eventType().name().equals("ACCUSE")).singleElement()
                .satisfies(e -> assertThat(codes(e.recipient())).containsExactly("INDMIL"));
    }

    @Test
    void pleadingWithAPartyToActAddressesThatPartyAndTheActIsOnlyAskedFor() {
        List<EventMention> events = Nlp.code("1995-06-01", "Bosnia's president pleaded with NATO to launch air "
                + "strikes against Serb positions.");
        assertThat(events).filteredOn(e -> e.eventType().name().equals("REQUEST")).singleElement()
                .satisfies(e -> assertThat(codes(e.recipient())).containsExactly("IGONAT"));
        assertThat(events).noneMatch(e -> e.eventType().name().equals("ASSAULT"));
    }

    @Test
    void anActiveVerbConjoinedToAReportedPassiveIsTheSpeakersOwnAct() {
        List<EventMention> events = Nlp.code("2025-12-10", "Poland's foreign ministry said three of its citizens "
                + "had been detained and demanded their immediate release.");
        assertThat(events).filteredOn(e -> e.eventType().name().equals("REQUEST")).singleElement().satisfies(e -> {
            assertThat(codes(e.actor())).containsExactly("POLGOV"); // not the detained citizens
            assertThat(e.factuality().label()).isEqualTo("asserted"); // not part of what the ministry said
        });
    }

    @Test
    void aReactionToTheActToldEarlierTakesItsActorAsRecipientAndAnOwnStatementIsNoReport() {
        List<EventMention> events = Nlp.code("2025-12-03", "North Korea fired two ballistic missiles into the sea "
                + "on Tuesday. Japan's foreign ministry called the launch provocative, according to a statement "
                + "released in Tokyo.");
        assertThat(events).filteredOn(e -> e.eventType().name().equals("ACCUSE")).singleElement().satisfies(e -> {
            assertThat(codes(e.actor())).containsExactly("JPNGOV");
            assertThat(codes(e.recipient())).allMatch(c -> c.startsWith("PRK")).isNotEmpty();
            assertThat(e.factuality().label()).isEqualTo("asserted");
            assertThat(e.attribution().verb()).isEqualTo("according to");
        });
    }

    @Test
    void anAttackWithCountsCasualtiesPlaceAndSourceIsOneEvent() {
        List<EventMention> events = Nlp.code("2025-11-19", "Russia fired 518 drones and missiles at Ukraine last night, "
                + "killing at least nine people in the western city of Ternopil, according to President Volodymyr Zelensky.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(codes(e.actor())).containsExactly("RUS");
            assertThat(codes(e.recipient())).containsExactly("UKR");
            assertThat(e.date().value()).isEqualTo("2025-11-18");
            assertThat(e.date().text()).isEqualTo("last night");
            assertThat(e.quantities()).singleElement().satisfies(q -> {
                assertThat(q.value()).isEqualTo(518);
                assertThat(q.unit()).isEqualTo("drones and missiles");
            });
            assertThat(e.casualties().killed().min()).isEqualTo(9);
            assertThat(e.casualties().killed().max()).isNull();
            assertThat(e.location().name()).isEqualTo("Ternopil");
            assertThat(e.location().country()).isEqualTo("UKR");
            assertThat(e.attribution().source()).isEqualTo("President Volodymyr Zelensky");
            assertThat(e.factuality().label()).isEqualTo("claimed"); // the president of the country attacked
            assertThat(e.evidence().trigger()).isEqualTo("fired");
        });
    }

    @Test
    void aReportAttributedToAnotherOutletCitingSourcesSaysSo() {
        List<EventMention> events = Nlp.code("2025-11-19", "US envoy Steve Witkoff has been discussing a peace plan with "
                + "Russian and Ukrainian officials, Axios reported, citing sources.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.attribution().source()).isEqualTo("Axios, citing sources");
            assertThat(e.attribution().verb()).isEqualTo("report");
            assertThat(e.factuality().label()).isEqualTo("reported");
        });
    }

    @Test
    void talksAboutAPlanToEndAWarAreWithThePeopleNamedAfterThePlan() {
        // the parser hangs "with ... officials" on "end": one does not end a war with officials, one discusses with them
        List<EventMention> events = Nlp.code("2025-11-19", "The Qatari mediator has been discussing a 12-point plan to "
                + "end the war in Sudan with Sudanese and Emirati officials, diplomats said.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.CONSULT);
            List<String> parties = new java.util.ArrayList<>(codes(e.actor()));
            parties.addAll(codes(e.recipient()));
            assertThat(parties).contains("QATGOV", "SDNGOV", "AREGOV");
        });
        // a state after the infinitive is whom the war or the peace is with, not an interlocutor
        assertThat(Nlp.code("2025-11-19", "The Qatari mediator discussed a plan to make peace with Sudan."))
                .noneMatch(e -> e.eventType() == PloverType.CONSULT && codes(e.recipient()).contains("SDN"));
    }

    @Test
    void aSpeakersVerdictOnAnotherPartysActDenouncesIt() {
        assertThat(Nlp.code("2025-11-19", "Caracas said the US naval blockade was illegal.")).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("111");
            assertThat(codes(e.actor())).containsExactly("VENGOV");
            assertThat(codes(e.recipient())).containsExactly("USA");
        });
        assertThat(Nlp.code("2025-11-19", "Beijing said Tokyo was reckless.")).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("111");
            assertThat(codes(e.recipient())).containsExactly("JPNGOV");
        });
        // a description of a road or the weather denounces nobody
        assertThat(Nlp.code("2025-11-19", "Kenyan police said the flooded road was dangerous."))
                .noneMatch(e -> e.eventType() == PloverType.ACCUSE);
    }

    @Test
    void talksHeldWhereTheGuestsWentAreAVisitHostedByThePeopleOfThatCountry() {
        assertThat(Nlp.code("2025-11-19", "Two senior Kenyan officials arrived in Addis Ababa on Tuesday for talks "
                + "with Ethiopian officials on the border dispute.")).singleElement().satisfies(e -> {
                    assertThat(e.cameo()).isEqualTo("042");
                    assertThat(codes(e.actor())).containsExactly("KENGOV");
                    assertThat(codes(e.recipient())).containsExactly("ETHGOV");
                });
        assertThat(Nlp.code("2025-11-19", "The Kenyan foreign minister was in Ethiopia on Tuesday for talks with "
                + "Ethiopian officials.")).anySatisfy(e -> {
                    assertThat(e.cameo()).isEqualTo("042");
                    assertThat(codes(e.recipient())).containsExactly("ETHGOV");
                });
        // a journey and the talks it was for are one visit, not two events
        assertThat(Nlp.code("2025-11-19", "The Kenyan foreign minister travelled to Addis Ababa for talks with "
                + "Ethiopian officials.")).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("042"));
        // talks at home stay talks between the parties
        assertThat(Nlp.code("2025-11-19", "Kenyan officials returned to Nairobi for talks with Ethiopian officials."))
                .noneMatch(e -> e.cameo().equals("042"));
    }

    @Test
    void aSecondCaptureWithItsOwnCountIsASecondEventAndReleaseNumbersAreNoCounts() {
        List<EventMention> events = Nlp.code("2012-03-06", "KABUL, Afghanistan (March 6, 2012) 2012-03-S-014\n\n"
                + "In Nad Ali district, Helmand province, an Afghan and coalition security force detained a Taliban "
                + "commander today. During the operation, the security force also detained three suspected insurgents.");
        assertThat(events).allSatisfy(e -> assertThat(e.eventType().name()).isEqualTo("COERCE"));
        assertThat(events.stream().map(e -> e.casualties().arrested() == null ? 0L : e.casualties().arrested().min())
                .mapToLong(Long::longValue).sum()).as("one commander and three suspects").isEqualTo(4L);
    }

    @Test
    void aDemandTakesTheCodeOfWhatItDemands() {
        assertThat(Nlp.code("2025-11-19", "Zelensky urged Germany to send more air defence systems to Ukraine."))
                .anySatisfy(e -> {
                    assertThat(e.eventType().name()).isEqualTo("REQUEST");
                    assertThat(e.cameo()).isEqualTo("1032");
                    assertThat(e.context()).containsExactly("military");
                });
        // with no destination named, and asked for rather than urged
        assertThat(Nlp.code("2025-11-19", "The Moldovan president urged the United States and the European Union "
                + "to send more interceptors.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("1032"));
        assertThat(Nlp.code("2025-11-19", "The Moldovan president asked Macron for more air defence systems to "
                + "protect Moldovan towns.")).anySatisfy(e -> {
                    assertThat(e.cameo()).isEqualTo("1032");
                    assertThat(codes(e.recipient())).containsExactly("FRAGOV");
                });
        assertThat(Nlp.code("2025-11-19", "Guterres urged Israel not to strike Lebanon."))
                .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("1056"));
        // the demand at the end of a long sentence is still the president's
        assertThat(Nlp.code("2025-11-19", "President Lai Ching-te condemned the drills as a provocation that "
                + "threatened peace in the region and urged Beijing to exercise restraint.")).anySatisfy(e -> {
                    assertThat(e.eventType().name()).isEqualTo("REQUEST");
                    assertThat(codes(e.actor())).containsExactly("TWNGOV");
                    assertThat(codes(e.recipient())).containsExactly("CHNGOV");
                });
    }

    @Test
    void whatHappenedIsNotDatedByALaterTimeInTheSameSentence() {
        assertThat(Nlp.code("2025-10-22", "The European Union approved new sanctions against Iran, including a ban on "
                + "imports of Iranian oil from 2027.")).anySatisfy(e -> {
                    assertThat(e.evidence().trigger()).isEqualTo("approved");
                    assertThat(e.date().value()).isEqualTo("2025-10-22");
                    assertThat(e.factuality().label()).isEqualTo("asserted");
                });
    }

    @Test
    void theAddresseeOfADemandIsNotWhereItHappened() {
        assertThat(Nlp.code("2025-11-19", "The European Union called on Serbia to withdraw its troops.")).anySatisfy(e -> {
            assertThat(e.eventType().name()).isEqualTo("REQUEST");
            assertThat(e.location()).isNull();
        });
        assertThat(Nlp.code("2025-11-19", "Russian drones struck Kharkiv on Tuesday.")).anySatisfy(e ->
                assertThat(e.location().name()).isEqualTo("Kharkiv"));
    }

    @Test
    void aViolentEventWithACountStandsEvenWhenNoPartyHasACountry() {
        assertThat(Nlp.code("2011-01-10", "The patrol returned fire, killing two insurgents.")).anySatisfy(e -> {
            assertThat(e.eventType().name()).isEqualTo("ASSAULT");
            assertThat(e.casualties().killed().min()).isEqualTo(2);
        });
        assertThat(Nlp.code("2011-01-10", "The leaders met on Monday.")).as("nobody anyone could name").isEmpty();
    }

    @Test
    void injuriesAndArrestsAreCounted() {
        EventMention attack = Nlp.code("2025-11-19", "Russia launched an air attack on Kyiv overnight, killing at least "
                + "nine people and injuring 40, officials said.").get(0);
        assertThat(attack.casualties().killed().min()).isEqualTo(9);
        assertThat(attack.casualties().injured().min()).isEqualTo(40);
        assertThat(attack.casualties().injured().max()).isEqualTo(40);
        EventMention arrest = Nlp.code("2025-11-19", "Police arrested 30 protesters in Tbilisi on Tuesday.").get(0);
        assertThat(arrest.casualties().arrested().min()).isEqualTo(30);
    }

    @Test
    void sportsBusinessAndWeatherAreNotEvents() {
        assertThat(Nlp.code("2025-11-19", "Arsenal beat Chelsea 2-0 on Sunday.")).isEmpty();
        assertThat(Nlp.code("2025-11-19", "Shares in Lukoil plunged after the announcement.")).isEmpty();
    }

    @Test
    void evidenceOffsetsPointAtTheSentenceAndTrigger() {
        String text = "Some background first.\n\nIsrael accused Hamas of violating the ceasefire.";
        EventMention e = Nlp.code("2025-11-19", text).get(0);
        String articleText = Nlp.article("2025-11-19", text).text();
        assertThat(articleText.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().sentence());
        assertThat(articleText.substring(e.evidence().triggerStart(), e.evidence().triggerEnd())).isEqualTo("accused");
        for (Participant p : e.actor()) {
            assertThat(articleText.substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    @Test
    void aLeadRetoldInTheClosingParagraphIsTheSameEventOnTheLeadsDay() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – Afghan police detained three "
                + "suspected insurgents in Baghlan province yesterday.\n\nThe men were wanted for attacks on a police "
                + "post.\n\nThe police searched the compound and found rifles.\n\nThree suspected insurgents were "
                + "detained after questioning at the scene.");
        assertThat(events).filteredOn(e -> e.eventType().name().equals("COERCE")).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2010-05-03");
            assertThat(e.casualties().arrested().min()).isEqualTo(3L);
            assertThat(e.restatements()).hasSize(1);
        });
    }

    @Test
    void anUndatedEventAtTheEndOfAStoryHappenedWhenAndWhereTheStoryIsSet() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – Afghan police arrested a "
                + "Taliban commander in Baghlan province yesterday.\n\nHe is accused of planting roadside bombs.\n\n"
                + "The police searched the compound and found rifles.\n\nThe police also detained two of his guards.");
        assertThat(events).filteredOn(e -> e.evidence().trigger().equals("detained")).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2010-05-03");
            assertThat(e.location().admin1()).isEqualTo("Baghlan");
            assertThat(e.casualties().arrested().min()).isEqualTo(2L);
        });
    }

    @Test
    void theDateOfAReleasesHeaderDatesNoEventOfItsStory() {
        List<EventMention> events = Nlp.code(null, "Police Update June 18, 2011\nBaghlan Police Command\nFor Immediate "
                + "Release\nKABUL, Afghanistan (June 18, 2011) - A police operation resulted in the death of one gunman "
                + "and the detainment of several others in Baghlan province, yesterday.\n\nThe police then detained "
                + "four men at the scene.");
        // the detention is told twice: "the detainment of several others", then "four men" in detail
        assertThat(events).filteredOn(e -> e.eventType() == PloverType.COERCE).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2011-06-17"));
    }

    @Test
    void aLeadToldWithoutItsDayIsDatedAndPlacedByItsRetelling() {
        List<EventMention> events = Nlp.code(null, "KUNDUZ, Afghanistan (May 4, 2010) – Afghan police arrested a "
                + "Taliban commander.\n\nThe Taliban commander was detained in Baghlan province overnight.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2010-05-03");
            assertThat(e.location().admin1()).isEqualTo("Baghlan");
            assertThat(e.casualties().arrested().min()).isEqualTo(1L);
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // two verbs of one subject, two groups of detainees
            "4|Afghan police arrested a Taliban commander and detained several suspected insurgents in Baghlan province today.",
            // what is seized with the detainees is no detainee
            "2|The patrol detained two suspected insurgents and seized 50 pounds of explosives in Baghlan province today.",
            "1|An Afghan patrol detained one suspected insurgent and seized one assault rifle in Baghlan province today.",
            // a number as a conjunct counts its people
            "2|The police detained the facilitator and one of his associates in Kunduz province today.",
            // the same detainees retold with other words for the force, and in a district of the province
            // (a pilcrow separates paragraphs)
            "2|Afghan and coalition forces detained two Taliban bomb makers in Baghlan province today.¶The bombs "
                    + "had been planted along the highway.¶The security force detained two targeted insurgents in "
                    + "Pul-e Khumri district after questioning at the scene.",
            // people told apart from those counted before are not a retelling
            "2|Afghan police arrested a Taliban commander in Baghlan province today.¶An additional suspected "
                    + "insurgent was arrested by Afghan police.",
            // a definite noun phrase retells the lead's detainees, with more detail: the larger count stands
            "3|Afghan police arrested a Taliban commander in Dahana-i-Ghuri district, Baghlan province, today.¶The "
                    + "police searched two houses.¶The commander and two of his bodyguards were detained at the scene.",
            "2|Afghan police detained two bomb makers in Baghlan province today.¶The two suspects were arrested "
                    + "in Pul-e Khumri after a search.",
            // "also" tells of other people, even as many as before; a supplier is a person; "a number of" is several
            "2|Afghan police arrested a Taliban weapons supplier in Baghlan province today.¶The police also "
                    + "detained one suspected insurgent during the operation.",
            "4|Afghan police arrested a Taliban leader in Baghlan province today.¶The police also detained a "
                    + "number of suspected insurgents during the raid.",
            // "a few" is a handful, like "several"; a person noun the tagger may read as an adjective still counts
            "3|Afghan police detained a few suspected smugglers in Baghlan province today.",
            "1|In Baghlan last night, an Afghan patrol found a weapons cache and captured a suspected militant as "
                    + "it searched the village.",
            // a part of a group ("two of the men") counts that part
            "2|Afghan police questioned nine men in Baghlan province today and detained two of the men.",
            // a detention told with no party is the story's force's, and counts its people
            "3|Afghan police arrested a Taliban commander in Baghlan province today.¶The commander ran a bomb "
                    + "workshop.¶Two more suspects were detained for questioning.",
            // a lead that counts vaguely, detailed later: the group counts once, with the later figure
            "7|Afghan police detained numerous suspected smugglers in Baghlan province today.¶Acting on a tip, "
                    + "the police raided a warehouse near the border.¶The police detained seven smugglers after "
                    + "searching the warehouse.",
            // ... but people told as more are more
            "5|Afghan police detained several suspected smugglers in Baghlan province today.¶Two more smugglers "
                    + "were detained at a checkpoint.",
            // the same people named again with a definite article are no one new
            "2|Afghan police detained two suspected smugglers in Baghlan province today.¶The two suspected "
                    + "smugglers were detained after questioning at the scene.",
            // as many people named again, even with "additional" among them, are the same people
            "3|Afghan police detained a smuggler and two other men in Baghlan province today.¶After questioning, "
                    + "the smuggler and two additional men were taken into custody.",
            // "taken into custody" is a detention, and counts
            "2|Afghan police arrested a smuggler in Baghlan province today.¶One other suspect was taken into "
                    + "custody for questioning.",
            // a detention told with no party, in a story whose lead names a force, is that force's
            "1|An Afghan police patrol found a cache of rifles in a farmhouse in Baghlan province today.¶One man "
                    + "was detained at the farmhouse.",
            // two verbs sharing one object: the second detains the people the first names
            "4|Afghan police raided a farmhouse in Baghlan province today.¶After questioning the villagers, the "
                    + "police identified and detained the farmer and three of his workers.",
            // a member of a named group, parsed under the group's name, is one person
            "1|Afghan police captured an Islamic Jihad Union of Uzbekistan commander in Baghlan province today.",
            // a group said to include someone told of before holds that person
            "3|Afghan police arrested a smuggling boss in Baghlan province today.¶The police detained three men, "
                    + "including the boss, after a search of his house.",
            // a verb the tagger takes for a noun ("force capture"), with a subject and an object, still detains
            "3|A combined Afghan and border police force capture a smuggler and two suspected couriers during a "
                    + "raid in Baghlan province, yesterday.",
            // an outcome told as a noun counts its people
            "1|Afghan police raided a warehouse in Baghlan province today, which led to the arrest of a smuggler."})
    void detaineesAreCountedOncePerPerson(long detained, String text) {
        List<EventMention> events = Nlp.code("2010-05-04", text.replace("¶", "\n\n"));
        assertThat(events.stream().filter(e -> e.factuality().happened() && e.casualties().arrested() != null)
                .mapToLong(e -> e.casualties().arrested().min()).sum()).isEqualTo(detained);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the dead of a sentence that also tells of arrests belong to the killing, and its retelling with a
            // bare number or with the name already given is the same killing
            "2|Afghan police killed two gunmen and detained three men in Baghlan province today.¶The gunmen had "
                    + "opened fire on a checkpoint.¶The police returned fire, killing two.",
            "2|Afghan police killed the bandit leader Gul Agha and one of his men in Baghlan province today.¶The "
                    + "police returned fire, killing Gul Agha.",
            // another one told apart is counted
            "3|Afghan police killed two gunmen in Baghlan province today.¶A third gunman was killed by the police "
                    + "later.",
            // a part of the dead told before is no one new
            "12|Afghan troops killed 12 gunmen in Baghlan province today.¶Officials said four of the gunmen "
                    + "who were killed were local commanders.",
            // a figure told first stands when the detail only says "many"
            "20|Afghan troops killed more than 20 gunmen in Baghlan province today.¶The gunmen attacked a "
                    + "checkpoint and the troops returned fire, killing many gunmen.",
            // a summary over the whole country is detailed by a killing in one of its districts
            "2|Numerous gunmen were killed by Afghan troops in northern Afghanistan over the past day.¶In Burkah "
                    + "district, Baghlan province, Afghan troops returned fire, killing two gunmen.",
            // a vague lead is no one else than the group the next paragraph counts, but a soldier is not one of them
            "5|Afghan troops killed several gunmen in Baghlan province today.¶The troops killed four gunmen at a "
                    + "checkpoint.¶One Afghan soldier was killed in the fighting."})
    void theDeadAreCountedOncePerPerson(long killed, String text) {
        List<EventMention> events = Nlp.code("2010-05-04", text.replace("¶", "\n\n"));
        assertThat(events.stream().filter(e -> e.factuality().happened() && e.casualties().killed() != null)
                .mapToLong(e -> e.casualties().killed().min()).sum()).isEqualTo(killed);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the acts a sought man is answerable for tell who he is: background, not counted with the news
            "0|Police detained a militant commander in Baghlan province today.¶The commander was linked to a "
                    + "roadside bomb attack that killed three police officers, and his deputy was involved in an "
                    + "ambush that killed two soldiers.",
            "0|Troops captured a bomb maker in Baghlan province today.¶His cell is responsible for several raids on "
                    + "the valley, including one that killed four teachers.",
            // the act of the news itself is counted
            "3|Militants attacked a police checkpoint in Baghlan province today, killing three officers."})
    void actsSomeoneIsAnswerableForAreBackground(long killed, String text) {
        List<EventMention> events = Nlp.code("2010-05-04", text.replace("¶", "\n\n"));
        assertThat(events.stream().filter(e -> e.factuality().happened() && e.casualties().killed() != null)
                .mapToLong(e -> e.casualties().killed().min()).sum()).isEqualTo(killed);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // people taken "along with" or "together with" the object are counted with it
            "3|Police detained a gang leader together with two of his sons in Herat province today.",
            "4|Border guards arrested a smuggler in Herat province today, along with three of his drivers.",
            // a phrase of the subject, or things seized with the man, are no more detainees
            "5|Soldiers, along with police officers, detained five suspects in Herat province today.",
            "1|Police arrested a smuggler along with two rifles in Herat province today."})
    void peopleTakenAlongWithTheObjectAreCounted(long arrested, String text) {
        List<EventMention> events = Nlp.code("2010-05-04", text);
        assertThat(events.stream().filter(e -> e.casualties().arrested() != null)
                .mapToLong(e -> e.casualties().arrested().min()).max().orElse(0)).isEqualTo(arrested);
    }

    @Test
    void anOperationThatResultedInADeathCountsTheDead() {
        List<EventMention> events = Nlp.code("2010-05-04", "An Afghan army operation in Baghlan province "
                + "resulted in the death of a local militant commander.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
            assertThat(e.casualties().killed().min()).isEqualTo(1L);
        });
    }

    @Test
    void aCaptureConfirmedTodayIsDatedByTheDayItHappened() {
        List<EventMention> events = Nlp.code("2010-05-04", "Police today confirmed the capture of a smuggler "
                + "during a raid in Baghlan province, April 28.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
            assertThat(e.date().value()).isEqualTo("2010-04-28");
            assertThat(e.casualties().arrested().min()).isEqualTo(1L);
        });
    }

    @Test
    void aDeathConfirmedYesterdayIsDatedByTheWeekdayItHappened() {
        // 2013-03-09 is a Saturday: confirmed on Friday the 8th, the killing on Tuesday the 5th
        List<EventMention> events = Nlp.code("2013-03-09", "Army officials confirmed yesterday the death of a bandit "
                + "leader during a patrol in Faryab province, Tuesday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
            assertThat(e.date().value()).isEqualTo("2013-03-05");
        });
    }

    @Test
    void mourningADeathIsNoKilling() {
        assertThat(Nlp.code("2010-05-04", "Thousands of fans mourned the death of the singer in Kabul today."))
                .noneSatisfy(e -> assertThat(e.casualties().killed()).isNotNull());
    }

    @Test
    void aDetentionWithNoPartyAndNoStoryForceBeforeItIsNoEvent() {
        assertThat(Nlp.code("2010-05-04", "Two suspects were detained for questioning in Baghlan province today."))
                .noneSatisfy(e -> assertThat(e.casualties().arrested()).isNotNull());
    }

    @Test
    void aMultiplierAfterTheNumberMultipliesIt() {
        assertThat(Nlp.code("2025-11-19", "The European Union could seize 210 billion euros in frozen Russian assets "
                + "if Moscow refuses to pay reparations.")).anySatisfy(e -> {
                    assertThat(e.quantities()).extracting(q -> q.value()).contains(210_000_000_000L);
                    assertThat(e.casualties().arrested()).isNull();
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Police detained 20-30 protesters in Minsk on Sunday.|20|30",
            "Police arrested between 20 and 30 protesters in Minsk on Sunday.|20|30",
            "Police detained from 12 to 15 students in Minsk on Sunday.|12|15"})
    void aRangeOfPeopleIsCountedWithBothBounds(String sentence, long min, long max) {
        assertThat(Nlp.code("2025-11-19", sentence)).singleElement().satisfies(e -> {
            assertThat(e.casualties().arrested()).isNotNull();
            assertThat(e.casualties().arrested().min()).isEqualTo(min);
            assertThat(e.casualties().arrested().max()).isEqualTo(max);
        });
    }

    @Test
    void aDayOfAMonthIsNoQuantity() {
        assertThat(Nlp.code("2025-11-19", "Gunmen killed a dozen villagers in northern Mali on 20 October."))
                .singleElement().satisfies(e -> {
                    assertThat(e.quantities()).noneMatch(q -> q.unit().contains("October"));
                    assertThat(e.casualties().killed().min()).isEqualTo(12);
                });
    }

    @Test
    void targetsWithNoOwnerNamedBelongToThePlaceWhereTheyAreHit() {
        assertThat(Nlp.code("2025-11-19", "Israeli jets struck dozens of targets across Gaza on Tuesday."))
                .singleElement().satisfies(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
                    assertThat(codes(e.recipient())).containsExactly("PSE");
                });
    }

    @Test
    void aRestatementLaterInTheArticleIsEvidenceOfTheSameEvent() {
        List<EventMention> events = Nlp.code("2025-11-19", "Israel accused Hamas of violating the ceasefire on Tuesday."
                + "\n\nOther news followed.\n\nIsrael also accused Hamas on Tuesday of breaking the truce.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.restatements()).hasSize(1));
    }

    /**
     * Claimed or reported: a party's word (its army, ministry, governor, police, or a claim verb) against a third
     * party's (a rights group, residents, another country's diplomat, an outlet). Sentences written for the test.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | trigger | factuality
            "2025-11-19|Venezuelan troops seized two Colombian fishing boats on Sunday, Colombia's navy said.|seized|claimed",
            "2025-11-19|Ethiopia's army said its soldiers killed 30 fighters in the Amhara region on Monday.|killed|claimed",
            "2025-11-19|Chinese coast guard ships seized a Vietnamese fishing boat near the Paracel Islands on Sunday, according to Vietnam's foreign ministry.|seized|claimed",
            "2025-11-19|Al-Shabaab boasted that its fighters had killed 20 Kenyan soldiers near Lamu on Friday.|killed|claimed",
            // owning an act is claiming it; dismissing a report of it is denying it
            "2025-11-19|A separatist group claimed responsibility for a car bombing outside a police station in Quetta on Monday that killed five officers.|killed|claimed",
            "2025-11-19|Egypt's army dismissed reports that it had detained three Sudanese traders near the border on Sunday.|detained|denied",
            // a closing speaker the parser hung as an apposition; an attack on an ownerless target in the speaker's country
            "2025-11-19|Ukrainian drones hit a fuel depot in Bryansk on Tuesday, causing a fire, Governor Alexander Bogomaz said on Telegram.|hit|claimed",
            // the party that runs the office speaks through it
            "2025-11-19|Israeli shelling killed four fishermen off Gaza City on Monday, according to the Hamas-run interior ministry.|killed|claimed",
            "2025-11-19|Malian troops detained 14 villagers near Mopti on Monday, Human Rights Watch said.|detained|reported",
            "2025-11-19|Police in Lagos fired tear gas at student protesters on Monday, residents said.|fired|reported",
            "2025-11-19|Azerbaijani forces shelled Armenian border villages on Monday, a French diplomat said.|shelled|reported",
            "2025-11-19|Ecuador's president met Peru's president in Quito on Monday, Reuters reported.|met|reported"})
    void aPartysWordIsAClaimAndAThirdPartysAReport(String date, String sentence, String trigger, String factuality) {
        assertThat(Nlp.code(date, sentence)).filteredOn(e -> e.evidence().trigger().equals(trigger)).singleElement()
                .satisfies(e -> assertThat(e.factuality().label()).isEqualTo(factuality));
    }

    /**
     * An act announced for a given time is planned, of its own type: not the speaker's threat or promise; "would"
     * after a past reporting verb is the actor's plan; a conditional threat by the actor itself stays a threat.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | trigger | type | factuality
            "2025-11-19|Canada will impose new sanctions on Belarusian officials next week, the Canadian foreign minister said.|impose|COERCE|planned",
            "2025-11-19|The Chilean president said he would travel to Lima next month for talks with Peru's president.|travel|CONSULT|planned",
            "2025-11-19|Dock workers' unions said they would block the port of Antwerp from Monday over pension cuts.|block||planned",
            "2025-11-19|Talks between Colombia and the ELN resume in Oslo next week.|Talks|CONSULT|planned",
            "2025-11-19|Turkey said it would strike Kurdish fighters in Syria if they did not withdraw from the border.|strike|THREATEN|asserted"})
    void anActScheduledOrReportedAsTheActorsPlanIsPlanned(String date, String sentence, String trigger, String type,
                                                         String factuality) {
        assertThat(Nlp.code(date, sentence)).filteredOn(e -> e.evidence().trigger().equals(trigger)).singleElement()
                .satisfies(e -> {
                    if (type != null) {
                        assertThat(e.eventType().name()).isEqualTo(type);
                    } else {
                        assertThat(e.eventType().name()).isNotIn("THREATEN", "AGREE"); // no threat or promise
                    }
                    assertThat(e.factuality().label()).isEqualTo(factuality);
                });
    }
}
