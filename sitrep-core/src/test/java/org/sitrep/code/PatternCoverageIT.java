package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.EventMention;
import org.sitrep.testing.Nlp;

/**
 * Phrasings added to the event patterns in coverage pass 2 (CONCEDE, RETREAT, SANCTION, THREATEN, PROTEST, ACCUSE,
 * REQUEST, AGREE, CONSULT, SUPPORT). The sentences were written by the team for this test; each must yield at least
 * one event of the given PLOVER type whose CAMEO code starts with the given root.
 */
class PatternCoverageIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // sentence | PLOVER type | CAMEO root
            "Hungary dropped its objections to the new European Union sanctions package on Tuesday.|CONCEDE|08",
            "Iran returned to the negotiating table with the European Union on Monday.|CONCEDE|08",
            "Turkey lifted its veto on Sweden's membership of NATO.|CONCEDE|08",
            "Serbia softened its stance on Kosovo after talks with the European Union.|CONCEDE|08",
            "The Iraqi government granted autonomy to the Kurdish region.|CONCEDE|08",
            "Hamas dropped its demand for a permanent ceasefire.|CONCEDE|08",
            "Azerbaijan granted Armenia permission to use the corridor.|CONCEDE|08",
            "The Georgian government allowed the opposition rally in Tbilisi.|CONCEDE|08",
            "Orban accepted defeat in the Hungarian election on Sunday.|CONCEDE|08",
            "The Iranian government restored the internet in Tehran on Sunday.|CONCEDE|08",
            "The Serbian government complied with the demands of the European Union.|CONCEDE|08",
            "The Russian army evacuated its positions near Kherson on Friday.|RETREAT|08",
            "The rebels handed over the town to the Syrian army.|RETREAT|08",
            "Hezbollah fighters handed in their weapons to the Lebanese army.|RETREAT|08",
            "Israel let United Nations inspectors into the site.|RETREAT|08",
            "The Sudanese army dismantled checkpoints around Khartoum.|RETREAT|08",
            "Azerbaijan handed back the villages to Armenia.|RETREAT|08",
            "Iran accepted IAEA inspectors at the Fordow site.|RETREAT|08",
            "The Pentagon drew down its troops in Iraq.|RETREAT|08",
            "Colombia's FARC disbanded its forces under the peace deal.|RETREAT|08",
            "Germany reduced its military aid to Ukraine.|SANCTION|16",
            "Qatar withdrew as a mediator between Israel and Hamas.|SANCTION|16",
            "Latvia banned entry to Russian tourists.|SANCTION|16",
            "India withdrew its peacekeeping contingent from Lebanon.|SANCTION|16",
            "The United States withdrew from UNESCO on Tuesday.|SANCTION|16",
            "Poland ordered Russian diplomats to leave the country.|SANCTION|16",
            "NATO expelled Russia from the alliance.|SANCTION|16",
            "The European Union suspended its loans to Serbia.|SANCTION|16",
            "Iran warned of a crushing response if Israel attacked again.|THREATEN|13",
            "Kim Jong Un vowed to annihilate South Korea.|THREATEN|13",
            "Hamas gave Israel a deadline to release the prisoners.|THREATEN|13",
            "China warned of countermeasures against Japan.|THREATEN|13",
            "Myanmar's army threatened to declare martial law.|THREATEN|13",
            "Israel vowed to eliminate Hamas.|THREATEN|13",
            "The United States warned of sanctions against Serbia.|THREATEN|13",
            "Hungary threatened to veto the European Union's aid package for Ukraine.|THREATEN|13",
            "Iran threatened to close the Strait of Hormuz.|THREATEN|13",
            "Serbian students blocked a bridge in Novi Sad.|PROTEST|14",
            "Protesters stoned police in Belgrade on Friday.|PROTEST|14",
            "Opposition activists collected signatures against the new law in Georgia.|PROTEST|14",
            "Serbian lawyers went on strike on Monday.|PROTEST|14",
            "Serbian protesters gathered outside parliament in Belgrade.|PROTEST|14",
            "Kenyan protesters stormed the parliament in Nairobi.|PROTEST|14",
            "Greek doctors walked out on Monday over pay.|PROTEST|14",
            "Palestinian prisoners refused food in Israeli jails.|PROTEST|14",
            "The United Nations dispatched inspectors to the Zaporizhzhia plant.|ACCUSE|09",
            "Israeli police put Netanyahu under investigation.|ACCUSE|09",
            "The Serbian parliament opened a hearing into the collapse of the canopy.|ACCUSE|09",
            "The European Union investigated the killing of the journalist.|ACCUSE|09",
            "The United Nations set up an inquiry into the killings in Sudan.|ACCUSE|09",
            "China admonished Japan over its remarks on Taiwan.|ACCUSE|11",
            "Russia poured scorn on the European Union's peace plan.|ACCUSE|11",
            "A Serbian court ordered Vucic to appear in court.|REQUEST|10",
            "Ukraine insisted on the return of its territory.|REQUEST|10",
            "Serbia's opposition called for an inquiry into the police violence.|REQUEST|10",
            "Ukraine reiterated its demand for security guarantees from NATO.|REQUEST|10",
            "The European Union urged Russia to withdraw its troops from Ukraine.|REQUEST|10",
            "The United Nations called on Israel to allow aid into Gaza.|REQUEST|10",
            "The ICJ ordered Israel to halt its offensive in Rafah.|REQUEST|10",
            "Israel agreed to release 250 Palestinian prisoners.|AGREE|03",
            "Under the deal, Israel will allow displaced Palestinians to return to northern Gaza.|AGREE|03",
            "Russia promised to withdraw its troops from Kherson.|AGREE|03",
            "Iran agreed to allow IAEA inspectors into its nuclear sites.|AGREE|03",
            "Serbia renewed its commitment to the European Union.|AGREE|03",
            "Egypt sent a mediation mission to Khartoum.|CONSULT|04",
            "Turkey acted as a mediator between Russia and Ukraine.|CONSULT|04",
            "Blinken shuttled between Israel and Egypt.|CONSULT|04",
            "Putin received a Hamas delegation in Moscow.|CONSULT|04",
            "Qatar hosted a meeting between Israel and Hamas in Doha.|CONSULT|04",
            "France defended the right of Ukraine to join NATO.|SUPPORT|05",
            "The United Nations welcomed Iran's decision to cooperate with the IAEA.|SUPPORT|05",
            "Macron heaped praise on Zelensky.|SUPPORT|05",
            "China expressed confidence in the Serbian government.|SUPPORT|05",
            "Germany showed solidarity with Israel on Monday.|SUPPORT|05"})
    void codesTheAddedPhrasing(String sentence, String type, String cameoRoot) {
        List<EventMention> events = Nlp.code("2025-11-19", sentence);
        assertThat(events).as(sentence)
                .anyMatch(e -> e.eventType().name().equals(type) && e.cameo().startsWith(cameoRoot));
    }
}
