package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.EventMention;
import org.sitrep.model.PloverType;
import org.sitrep.model.Quote;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.DocumentOutcome;
import org.sitrep.pipeline.Timings;
import org.sitrep.testing.Nlp;

/** Quotations, their speakers and the events they comment on, through the whole pipeline. */
class QuotesIT {

    private static DocumentOutcome.Coded code(String text) {
        DocumentOutcome out = Nlp.pipeline().process(RawDocument.of("quotes.txt",
                ("date 2025-11-19\n" + text).getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT), new Timings());
        assertThat(out).isInstanceOf(DocumentOutcome.Coded.class);
        return (DocumentOutcome.Coded) out;
    }

    private static final String STORY = """
            Russian forces fired 80 drones at the city of Kharkiv overnight, killing three people, Ukrainian \
            President Volodymyr Zelensky said on Wednesday.

            "This is deliberate terror against civilians, and the world must respond," he wrote on Telegram.

            The Kremlin did not comment. Foreign Minister Sergei Lavrov told reporters in Moscow: "We are not going \
            to negotiate under pressure from anyone."

            "Our soldiers held the line near Pokrovsk for the third week," said Oleksandr Syrskyi, the army's \
            commander-in-chief.
            """;

    @Test
    void speakersAreReadAfterAndBeforeTheQuotationAndAPronounIsTheActorItStandsFor() {
        List<Quote> quotes = code(STORY).quotes();
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Volodymyr Zelensky",
                "Foreign Minister Sergei Lavrov", "Oleksandr Syrskyi");
        assertThat(quotes.get(0).text()).startsWith("This is deliberate terror");
        assertThat(quotes.get(0).speakerCodes()).contains("UKRGOV");
        assertThat(quotes.get(1).speakerCodes()).contains("RUSGOV");
        String text = Nlp.article("2025-11-19", STORY).text();
        assertThat(text.substring(quotes.get(2).start(), quotes.get(2).end())).isEqualTo(quotes.get(2).text());
    }

    @Test
    void aQuotationByTheSpeakerOfTheEventInTheNextSentenceCommentsOnIt() {
        EventMention attack = code(STORY).mentions().stream().filter(m -> m.eventType() == PloverType.ASSAULT)
                .findFirst().orElseThrow();
        assertThat(attack.quote()).isNotNull();
        assertThat(attack.quote().speaker()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void aQuotationBySomeoneWithNoPartInTheEventIsNotAttachedToIt() {
        DocumentOutcome.Coded coded = code("""
                Police arrested 30 protesters in Tbilisi on Tuesday.

                "The rain did not stop all week and the shops stayed shut," a tourist from Canada said.
                """);
        EventMention arrest = coded.mentions().stream().filter(m -> m.eventType() == PloverType.COERCE)
                .findFirst().orElseThrow();
        assertThat(coded.quotes()).hasSize(1);
        assertThat(coded.quotes().get(0).speaker()).isEqualTo("a tourist from Canada");
        assertThat(arrest.quote()).isNull();
    }

    @Test
    void aQuotationInTheEventsOwnSentenceIsItsQuote() {
        EventMention threat = code("\"We will strike back at any attacker,\" Iran's army chief warned Israel on "
                + "Monday.").mentions().stream().findFirst().orElseThrow();
        assertThat(threat.quote()).isNotNull();
        assertThat(threat.quote().text()).isEqualTo("We will strike back at any attacker,");
        assertThat(threat.quote().speaker()).isEqualTo("Iran's army chief");
    }

    private static Quote quote(DocumentOutcome.Coded coded, String startsWith) {
        return coded.quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst().orElseThrow();
    }

    @Test
    void aQuotationOverParagraphsHasTheSpeakerOfItsLastPartInEveryPart() {
        DocumentOutcome.Coded coded = code("""
                Chile's president, Gabriel Boric, visited the burnt hills above Vina del Mar on Monday.

                "The fires took everything from these families. Nobody here was ready for it.

                "We will rebuild every single house, street by street," he told reporters.
                """);
        assertThat(coded.quotes()).hasSize(2);
        assertThat(coded.quotes()).extracting(Quote::speaker).containsOnly("Gabriel Boric");
    }

    @Test
    void bothHalvesOfAQuotationBrokenByItsAttributionHaveItsSpeaker() {
        DocumentOutcome.Coded coded = code("\u201cWe will not leave Rafah,\u201d said Umm Khaled, a grandmother of "
                + "nine, \u201cuntil the shelling stops for good.\u201d");
        assertThat(coded.quotes()).extracting(Quote::speaker).containsExactly("Umm Khaled", "Umm Khaled");
    }

    @Test
    void speakersWithHyphenatedNamesTitlesInAppositionAndDistantColonVerbs() {
        assertThat(code("\"We regard this as a grave breach of the truce,\" al-Masri said.").quotes())
                .extracting(Quote::speaker).containsExactly("al-Masri");
        assertThat(code("\u201cWe did not start this war and we do not want it,\u201d said Lebanon's prime minister, "
                + "Nawaf Salam, after meeting the envoy.").quotes().get(0).speaker()).contains("Nawaf Salam");
        Quote colon = code("Brazil's environment minister, Marina Silva, replied on Monday to the senators' "
                + "questions about the dam: \u201cThe licence will not be renewed this year.\u201d").quotes().get(0);
        assertThat(colon.speaker()).contains("Marina Silva");
        assertThat(colon.speakerCodes()).anyMatch(c -> c.startsWith("BRA"));
    }

    @Test
    void wordsQuotedAfterANamingVerbOrASayingClauseAreSaidByTheSubject() {
        assertThat(code("Russia struck Kyiv overnight in what President Zelensky called \u201ca cynical attack on "
                + "sleeping families.\u201d").quotes().get(0).speaker()).isEqualTo("President Zelensky");
        assertThat(code("The International Criminal Court issued an arrest warrant for the militia leader, saying "
                + "there were \u201creasonable grounds to believe\u201d he ordered the killings.").quotes().get(0)
                .speaker()).isEqualTo("The International Criminal Court");
    }

    @Test
    void aPronounSpeakerIsThePersonLastNamedAsASubject() {
        DocumentOutcome.Coded coded = code("""
                Serbian police detained dozens of students in Novi Sad on Sunday.

                "The state is using force against its own children," said student leader Ana Markovic.

                At a kiosk nearby, owner Milan Ilic shrugged. "People still need newspapers, whatever happens," he said.
                """);
        assertThat(quote(coded, "People still").speaker()).isEqualTo("Milan Ilic");
    }

    @Test
    void anEventCodedFromTheQuotedWordsLeavesTheQuotationToTheEventItFollows() {
        DocumentOutcome.Coded coded = code("""
                Syria fired dozens of rockets at Turkey on Friday night.

                "If Damascus fires again, we will attack its bases," Turkish President Recep Tayyip Erdogan said.
                """);
        Quote said = quote(coded, "If Damascus fires again");
        EventMention fired = coded.mentions().stream().filter(m -> m.evidence().trigger().equals("fired")
                && m.evidence().triggerStart() < said.start()).findFirst().orElseThrow();
        assertThat(fired.quote()).isEqualTo(said);
        assertThat(coded.mentions()).filteredOn(m -> m.evidence().triggerStart() >= said.start()
                && m.evidence().triggerStart() < said.end()).isNotEmpty().allMatch(m -> m.quote() == null);
    }

    @Test
    void aCivilianIsNoPartyToAnAttackOnCiviliansButAnOfficialOfNoNamedCountryIs() {
        DocumentOutcome.Coded bystander = code("""
                Russian missiles hit the centre of Sumy on Sunday, killing 34 civilians.

                "The spring has been unusually warm for the harvest this year," a farmer from a nearby village said.
                """);
        assertThat(bystander.mentions()).filteredOn(m -> m.eventType() == PloverType.ASSAULT).isNotEmpty()
                .allMatch(m -> m.quote() == null);
        DocumentOutcome.Coded official = code("""
                Estonia closed two crossings on its border with Russia on Monday.

                "This is a hybrid operation and we will answer it as one," Interior Minister Liis Kask said.
                """);
        assertThat(official.mentions()).filteredOn(m -> m.evidence().trigger().equals("closed")).isNotEmpty()
                .allMatch(m -> m.quote() != null && m.quote().speaker().contains("Liis Kask"));
    }

    @Test
    void aSpeakerOfNoCountryIsPlacedByThePlaceItsWordsName() {
        DocumentOutcome.Coded coded = code("""
                South Korea's president declared martial law late on Tuesday.

                \u201cI thought it was a film when I saw the soldiers,\u201d said Lee Ji-woo, a visitor from Busan.
                """);
        Quote visitor = coded.quotes().get(0);
        assertThat(visitor.speakerCodes()).containsExactly("KORCVL");
        assertThat(coded.mentions()).allMatch(m -> m.quote() == null); // a visitor has no part in the decree
        assertThat(code("\u201cWe have lost contact with the crew since last night,\u201d a coastguard officer in "
                + "Cork said.").quotes().get(0).speakerCodes()).allMatch(c -> c.startsWith("IRL")).isNotEmpty();
    }

    @Test
    void aPartialQuotationInReportedSpeechIsSaidByTheSubjectOfTheVerbOfSaying() {
        Quote minister = code("Health Minister Lena Marsh told reporters in Wellington on Tuesday that hospitals were "
                + "\u201ccoping with the worst flu season in a decade\u201d.").quotes().get(0);
        assertThat(minister.speaker()).isEqualTo("Health Minister Lena Marsh");
        Quote officer = code("A police officer, who asked not to be named, said the suspects had \u201cplanned the "
                + "robbery for months\u201d.").quotes().get(0);
        assertThat(officer.speaker()).isEqualTo("A police officer");
    }

    @Test
    void aQuotationAfterAColonIsSaidByWhoeverAddressedTheAudience() {
        Quote q = code("Portugal's prime minister addressed parliament on Friday after a week of strikes: "
                + "\u2018We will not raise taxes on pensions this year.\u2019").quotes().get(0);
        assertThat(q.speaker()).isEqualTo("Portugal's prime minister");
        assertThat(q.speakerCodes()).isNotEmpty().allMatch(c -> c.startsWith("PRT"));
    }

    @Test
    void aSpokesmanOfABodyNamedBeforeSpeaksForThatBodysCountry() {
        DocumentOutcome.Coded coded = code("""
                Rebel fighters shelled a refugee camp near Goma on Sunday, Uganda's foreign ministry said.

                "Shells fell on the market and on a school," ministry spokeswoman Grace Aliba said.
                """);
        assertThat(coded.quotes().get(0).speakerCodes()).isNotEmpty().allMatch(c -> c.startsWith("UGA"));
    }

    @Test
    void anOfficialWhoseCountryTheSentenceLeavesOutIsOfTheCountryItIsAbout() {
        Quote q = code("Turkish warplanes struck targets in northern Iraq on Tuesday in an operation that the defence "
                + "minister said had \u201cneutralised dozens of militants in their hideouts\u201d.").quotes().get(0);
        assertThat(q.speaker()).isEqualTo("the defence minister");
        assertThat(q.speakerCodes()).isNotEmpty().allMatch(c -> c.startsWith("TUR"));
    }

    @Test
    void aLocalGovernorWithNoCountryNamedIsOfThePlaceTheStoryIsSetIn() {
        DocumentOutcome.Coded coded = code("""
                Russian artillery hit a hospital in Kherson overnight, regional governor Petro Ilchenko said.

                "Two nurses were wounded and the maternity ward was evacuated," Ilchenko wrote on Telegram.
                """);
        assertThat(coded.quotes().get(0).speakerCodes()).isNotEmpty().allMatch(c -> c.startsWith("UKR"));
    }

    @Test
    void aPrivatePersonNamedWithNoCountryIsOfThePlaceTheStoryIsSetIn() {
        DocumentOutcome.Coded coded = code("""
                Police used water cannon on a march in Tbilisi on Saturday.

                At a kiosk across the street, vendor Nino Beridze watched. "I have sold nothing all day," she said.
                """);
        assertThat(coded.quotes().get(0).speaker()).isEqualTo("Nino Beridze");
        assertThat(coded.quotes().get(0).speakerCodes()).containsExactly("GEOCVL");
    }

    @Test
    void aQuotationNextByTheEventsSourceSideOrNamedSayerOrHostStateCommentsOnIt() {
        DocumentOutcome.Coded side = code("""
                Russia launched a wave of 120 drones overnight, Ukraine's air force said.

                Ukrainian Foreign Minister Andriy Tkach said on Sunday that "every one of these drones was aimed at \
                our power plants".
                """);
        assertThat(side.quotes().get(0).speakerCodes()).containsExactly("UKRGOV");
        assertThat(side.mentions()).filteredOn(m -> m.evidence().trigger().equals("launched")).isNotEmpty()
                .allMatch(m -> m.quote() != null); // no party by its codes: the air force's side, which told of it
        DocumentOutcome.Coded sayer = code("""
                Gunmen stormed a bank in Lagos on Thursday, a cashier who hid under a desk told local radio.

                "They were shouting and firing into the ceiling," the cashier said.
                """);
        assertThat(sayer.mentions()).filteredOn(m -> m.evidence().trigger().equals("stormed")).isNotEmpty()
                .allMatch(m -> m.quote() != null && m.quote().speaker().equals("the cashier"));
        DocumentOutcome.Coded host = code("""
                Iran fired missiles at a US air base in Bahrain on Sunday.

                "We regard this as an attack on our sovereignty," Bahrain's foreign minister said.
                """);
        assertThat(host.mentions()).filteredOn(m -> m.evidence().trigger().equals("fired")).isNotEmpty()
                .allMatch(m -> m.quote() != null);
    }

    @Test
    void aPrivatePersonPlacedAtTheGatheringIsOneOfTheCrowdAnEventActedOn() {
        DocumentOutcome.Coded coded = code("""
                Police in Lima fired tear gas at thousands of protesters marching against the new mining law on Friday.

                "We came with our children and they gassed us like criminals," a nurse at the march said.
                """);
        assertThat(coded.mentions()).filteredOn(m -> m.evidence().trigger().equals("fired")).isNotEmpty()
                .allMatch(m -> m.quote() != null && m.quote().speaker().equals("a nurse at the march"));
        DocumentOutcome.Coded away = code("""
                Police in Lima fired tear gas at thousands of protesters marching against the new mining law on Friday.

                "The traffic was terrible all afternoon and I missed my bus," a nurse at the hospital said.
                """);
        assertThat(away.mentions()).filteredOn(m -> m.evidence().trigger().equals("fired")).isNotEmpty()
                .allMatch(m -> m.quote() == null);
    }
    @Test
    void theRestOfTheSpeakersUtteranceGoesWithTheQuotationThatCommentsOnTheEvent() {
        DocumentOutcome.Coded coded = code("""
                Police arrested 14 protesters outside parliament in Tbilisi on Monday, the interior ministry said.

                "Those who attacked officers will answer before a court," said ministry spokesman Levan Kapanadze. \
                "Peaceful protest remains the right of every citizen," he added.

                "We will come back tomorrow and every day after that," said Nino Beridze, one of the organisers.
                """);
        EventMention arrest = coded.mentions().stream().filter(m -> m.eventType() == PloverType.COERCE)
                .findFirst().orElseThrow();
        // both parts of the spokesman's answer, nearest first; not the organiser's words, another speaker's
        assertThat(arrest.quotes()).extracting(Quote::text).containsExactly(
                "Those who attacked officers will answer before a court,",
                "Peaceful protest remains the right of every citizen,");
    }
}
