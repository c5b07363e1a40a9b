package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped dictionaries parse and hold what issue 2 promises: every country, leaders of the G20 and more. */
class DefaultDictionariesTest {
    private static final List<ActorEntry> ENTRIES = ActorDictionary.loadDefaults();
    private static final Map<String, ActorEntry> BY_NAME = ENTRIES.stream()
            .collect(Collectors.toMap(ActorEntry::name, Function.identity(), (a, b) -> a));

    @Test
    void everyUnMemberStateHasACountryEntry() {
        Set<String> codes = ENTRIES.stream().filter(e -> e.type() == ActorEntry.Type.COUNTRY).map(ActorEntry::code)
                .collect(Collectors.toSet());
        assertThat(codes).hasSizeGreaterThanOrEqualTo(193).contains("UKR", "RUS", "USA", "ISR", "IRN", "PSE", "CHN",
                "SDN", "COD", "TWN", "XKX");
    }

    @Test
    void capitalsAndSeatsOfPowerAreMetonyms() {
        assertThat(BY_NAME.get("Ukraine").metonyms()).containsEntry("Kyiv", "UKRGOV").containsEntry("Kiev", "UKRGOV");
        assertThat(BY_NAME.get("Russia").metonyms()).containsEntry("Moscow", "RUSGOV").containsEntry("the Kremlin", "RUSGOV");
        assertThat(BY_NAME.get("United States").metonyms()).containsEntry("Washington", "USAGOV")
                .containsEntry("the White House", "USAGOV").containsEntry("the Pentagon", "USAMIL");
    }

    @Test
    void headsOfG20AndConflictStatesAreCodedOnTheirDates() {
        LocalDate day = LocalDate.of(2025, 11, 19);
        Map<String, String> expected = Map.ofEntries(Map.entry("Volodymyr Zelensky", "UKRGOV"),
                Map.entry("Vladimir Putin", "RUSGOV"), Map.entry("Donald Trump", "USAGOV"),
                Map.entry("Xi Jinping", "CHNGOV"), Map.entry("Narendra Modi", "INDGOV"),
                Map.entry("Benjamin Netanyahu", "ISRGOV"), Map.entry("Masoud Pezeshkian", "IRNGOV"),
                Map.entry("Mahmoud Abbas", "PSEGOV"), Map.entry("Recep Tayyip Erdoğan", "TURGOV"),
                Map.entry("Keir Starmer", "GBRGOV"), Map.entry("Emmanuel Macron", "FRAGOV"),
                Map.entry("Friedrich Merz", "DEUGOV"), Map.entry("Sergei Lavrov", "RUSGOV"),
                Map.entry("Marco Rubio", "USAGOV"), Map.entry("Andrii Sybiha", "UKRGOV"),
                Map.entry("Steve Witkoff", "USAGOV"), Map.entry("Dan Driscoll", "USAGOV"));
        expected.forEach((name, code) -> {
            assertThat(BY_NAME).as(name).containsKey(name);
            assertThat(BY_NAME.get(name).codeOn(day)).as(name).contains(code);
        });
    }

    @Test
    void formerOfficeHoldersAreCodedAsSuch() {
        assertThat(BY_NAME.get("Dmytro Kuleba").codeOn(LocalDate.of(2025, 6, 1))).contains("UKRELI");
        assertThat(BY_NAME.get("Boris Johnson").codeOn(LocalDate.of(2024, 1, 1))).contains("GBRELI");
        assertThat(BY_NAME.get("Boris Johnson").codeOn(LocalDate.of(2020, 1, 1))).contains("GBRGOV");
    }

    @Test
    void popesAndTheirSuccessionAreDated() {
        assertThat(BY_NAME.get("Pope Francis").codeOn(LocalDate.of(2025, 3, 1))).contains("VATGOV");
        assertThat(BY_NAME.get("Pope Francis").codeOn(LocalDate.of(2025, 6, 1))).contains("VATELI");
        assertThat(BY_NAME.get("Pope Leo XIV").codeOn(LocalDate.of(2025, 6, 1))).contains("VATGOV");
        assertThat(BY_NAME.get("Pope John Paul II").codeOn(LocalDate.of(1987, 6, 9))).contains("VATGOV");
    }

    @Test
    void namedPartiesAreTheirCountrysParties() {
        assertThat(ENTRIES.stream().filter(e -> e.code() != null && e.code().endsWith("PTY")).map(e -> e.code()
                .substring(0, 3)).collect(Collectors.toSet())).as("countries with named parties")
                .hasSizeGreaterThanOrEqualTo(60).contains("USA", "GBR", "IND", "DEU", "ISR", "TUR", "ZAF", "JPN");
        assertThat(BY_NAME.get("Republican Party (United States)").names()).contains("GOP", "Republicans")
                .doesNotContain("Republican"); // "Republican Guard"
    }

    @Test
    void sectorNounsCoverTheCommonAgents() {
        Set<String> sectorCodes = ENTRIES.stream().filter(e -> e.type() == ActorEntry.Type.SECTOR).map(ActorEntry::code)
                .collect(Collectors.toSet());
        assertThat(sectorCodes).contains("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED", "BUS", "NGO");
    }
}
