package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.EventMention;
import org.sitrep.testing.Nlp;

/**
 * Phrasings added to the event patterns in coverage pass 3 (ASSAULT, COERCE, MOBILIZE, AID, COOPERATE, REJECT,
 * SUPPORT): weapons as subjects, military raids, censorship and curfews, missile tests and shows of force,
 * evacuations and transfers, commodity trade and joint patrols, brushed-off proposals and welcomed ceasefires. The
 * sentences were written by the team for this test; each must yield at least one event of the given PLOVER type
 * whose CAMEO code starts with the given root.
 */
class PatternCoverage3IT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // sentence | PLOVER type | CAMEO root
            "Shells landed on a crowded market in Donetsk, killing seven people.|ASSAULT|19",
            "A Russian missile slammed into an apartment block in Dnipro on Tuesday.|ASSAULT|19",
            "Russian shells pounded Kherson overnight.|ASSAULT|19",
            "Russia unleashed a barrage of missiles on Kyiv.|ASSAULT|19",
            "Hamas militants mortared Israeli positions near Rafah.|ASSAULT|19",
            "Ukrainian commandos raided a Russian base in Crimea.|ASSAULT|19",
            "A Russian drone crashed into a high-rise building in Kyiv, injuring five people.|ASSAULT|19",
            "Israeli airstrikes killed 30 people in Khan Younis on Saturday.|ASSAULT|19",
            "Mortars landed near the United Nations base in Goma, wounding two peacekeepers.|ASSAULT|19",
            "Russian forces carried out a drone raid on Odesa.|ASSAULT|19",
            "The RSF carried out mass abductions in El Fasher.|ASSAULT|18",
            "Hamas gunmen seized hostages at the music festival.|ASSAULT|18",
            "Jihadists raided a village in northern Burkina Faso, killing 40 people.|ASSAULT|19",
            "Israel began a ground offensive in Gaza City.|ASSAULT|19",
            "Russia unleashed drones on Kharkiv overnight.|ASSAULT|19",
            "Russia blocked WhatsApp and Telegram.|COERCE|17",
            "Ethiopia imposed a state of emergency in Amhara.|COERCE|17",
            "The junta suspended the BBC and Voice of America.|COERCE|17",
            "Russia designated the journalist a foreign agent.|COERCE|17",
            "The Chinese coast guard boarded a Philippine vessel.|COERCE|17",
            "Iran's navy boarded a tanker in the Gulf.|COERCE|17",
            "Russia revoked the licence of the independent broadcaster.|COERCE|17",
            "The Georgian government suspended the opposition party.|COERCE|17",
            "Police banned the march in Istanbul.|COERCE|17",
            "Iran cut the internet in Tehran during the protests.|COERCE|17",
            "Russia declared the German foundation undesirable.|COERCE|17",
            "Hungary banned Pride in Budapest.|COERCE|17",
            "Taiwan staged a show of force near the Chinese coast.|MOBILIZE|15",
            "North Korea launched a ballistic missile into the sea.|MOBILIZE|15",
            "North Korea fired a ballistic missile into the Sea of Japan.|MOBILIZE|15",
            "The United States dispatched an aircraft carrier to the Middle East.|MOBILIZE|15",
            "China flew 30 warplanes near Taiwan.|MOBILIZE|15",
            "China sent 20 military aircraft into Taiwan's air defence zone.|MOBILIZE|15",
            "Sudan's army recruited thousands of volunteers.|MOBILIZE|15",
            "Iran unveiled a new ballistic missile.|MOBILIZE|15",
            "The United States positioned bombers in the region.|MOBILIZE|15",
            "Ukraine introduced conscription for men over 25.|MOBILIZE|15",
            "The United States sent two aircraft carriers to the eastern Mediterranean.|MOBILIZE|15",
            "China held snap drills around Taiwan.|MOBILIZE|15",
            "Russia staged nuclear drills near the border with NATO.|MOBILIZE|15",
            "Russia put its troops on combat readiness.|MOBILIZE|15",
            "Israel deployed two brigades to the northern border.|MOBILIZE|15",
            "The RSF recruited mercenaries from Chad.|MOBILIZE|15",
            "The United States dispatched bombers to the Middle East.|MOBILIZE|15",
            "Turkish rescuers pulled survivors from the rubble.|AID|07",
            "Rescuers saved 50 migrants off the coast of Libya.|AID|07",
            "France evacuated its citizens from Sudan.|AID|07",
            "Brazil sent troops to the United Nations peacekeeping mission in Congo.|AID|07",
            "Saudi Arabia deposited $3 billion in Pakistan's central bank.|AID|07",
            "The United Arab Emirates trucked aid into Gaza.|AID|07",
            "Qatar shipped aid to Sudan on Monday.|AID|07",
            "Germany transferred 100 million euros to Ukraine.|AID|07",
            "Canada resettled Syrian refugees.|AID|07",
            "Italy evacuated sick children from Gaza.|AID|07",
            "China and Russia conducted joint air patrols over the Sea of Japan.|COOPERATE|06",
            "Russia supplied oil to China.|COOPERATE|06",
            "China bought Russian oil.|COOPERATE|06",
            "Russia and China conducted joint naval patrols in the Pacific.|COOPERATE|06",
            "India exported oil to Europe.|COOPERATE|06",
            "Russia and Iran held trilateral drills with China.|COOPERATE|06",
            "The United States passed intelligence to Ukraine.|COOPERATE|06",
            "Thailand handed over the fugitive to Cambodia.|COOPERATE|06",
            "Russia denied Ukraine's request for a prisoner exchange.|REJECT|12",
            "Russia ignored the deadline.|REJECT|12",
            "Hungary blocked the aid package for Ukraine.|REJECT|12",
            "The Kremlin brushed off the proposal.|REJECT|12",
            "Russia balked at the ceasefire plan.|REJECT|12",
            "Russia denied the request.|REJECT|12",
            "Hamas brushed aside the Israeli proposal.|REJECT|12",
            "Russia rejected the European Union's mediation offer.|REJECT|12",
            "Serbia refused to hand over the suspect to Kosovo.|REJECT|12",
            "Ukraine refused to sign the agreement.|REJECT|12",
            "Iran boycotted the conference in Vienna.|REJECT|12",
            "Ukraine ruled out any compromise with Russia.|REJECT|12",
            "Protesters defied the curfew in Kathmandu.|REJECT|12",
            "Israel denied access to United Nations investigators.|REJECT|12",
            "The United Nations welcomed the ceasefire between Israel and Hezbollah.|SUPPORT|05",
            "Britain welcomed the ceasefire in Gaza.|SUPPORT|05",
            "The European Union welcomed the release of the hostages by Hamas.|SUPPORT|05",
            "Britain recognised the state of Palestine.|SUPPORT|05",
            "Saudi Arabia and Pakistan concluded a defence pact.|SUPPORT|05",
            "Kenya inked a trade accord with the European Union.|SUPPORT|05",
            "The United Nations accused Sudan's army of extrajudicial killings in Wad Madani.|ACCUSE|11"
    })
    void codesThePhrasing(String sentence, String type, String cameoRoot) {
        List<EventMention> events = Nlp.code("2025-11-19", sentence);
        assertThat(events).as(sentence)
                .anyMatch(e -> e.eventType().name().equals(type) && e.cameo().startsWith(cameoRoot));
    }
}
