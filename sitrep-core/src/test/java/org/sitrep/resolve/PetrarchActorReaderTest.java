package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchActorReaderTest {
    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void actorsKeepSynonymsAndDateRestrictionsWithTheDefaultOutsideThem() throws IOException {
        List<ActorEntry> entries = PetrarchActorReader.readActors(in("""
                <!-- a comment block
                   spanning lines -->
                FREEDONIA_  [FRE]
                +FREEDONIAN_
                +FREEDONIA_CITY_
                RUFUS_T._FIREFLY_  [FREELI]  ; CountryInfo.txt
                +PRESIDENT_FIREFLY
                \t[FREGOV 330101-450703]
                \t[FREOPP >20100101]
                ACME_WIDGET_WORKERS_UNION [FRELAB]
                """), "test.actors.txt");

        assertThat(entries).extracting(ActorEntry::name)
                .containsExactly("Freedonia", "Rufus T. Firefly", "Acme Widget Workers Union");
        ActorEntry country = entries.get(0);
        assertThat(country.type()).isEqualTo(ActorEntry.Type.COUNTRY);
        assertThat(country.names()).containsExactly("freedonia", "freedonian", "freedonia city");
        ActorEntry firefly = entries.get(1);
        assertThat(firefly.type()).isEqualTo(ActorEntry.Type.PERSON);
        assertThat(firefly.names()).contains("president firefly");
        assertThat(firefly.codeOn(LocalDate.of(1940, 6, 1))).contains("FREGOV");
        assertThat(firefly.codeOn(LocalDate.of(1945, 7, 3))).contains("FREGOV"); // limits are inclusive
        assertThat(firefly.codeOn(LocalDate.of(1990, 1, 1))).contains("FREELI"); // the default code
        assertThat(firefly.codeOn(LocalDate.of(2015, 1, 1))).contains("FREOPP");
        assertThat(entries.get(2).type()).isEqualTo(ActorEntry.Type.ORGANISATION);
        assertThat(entries.get(2).code()).isEqualTo("FRELAB");
    }

    @Test
    void aRestrictionWithADateThatIsNoDateIsLeftOutAndTheEntryStays() throws IOException {
        List<ActorEntry> entries = PetrarchActorReader.readActors(in("""
                GROUCHO_MARX_  [FREELI]
                	[FREGOV >2004017]
                	[FREMIL 19331345-19341231]
                	[FREOPP 330101-350101]
                CHICOLINI_  [SYLCVL]
                """), "typos.actors.txt");

        assertThat(entries).extracting(ActorEntry::name).containsExactly("Groucho Marx", "Chicolini");
        ActorEntry groucho = entries.get(0);
        assertThat(groucho.codeOn(LocalDate.of(1934, 6, 1))).contains("FREOPP");
        assertThat(groucho.codeOn(LocalDate.of(2010, 1, 1))).contains("FREELI"); // not FREGOV from a broken date
        assertThat(groucho.codeOn(LocalDate.of(2012, 5, 1))).contains("FREELI"); // a period ending before it starts
    }

    @Test
    void aPhraseCanNameSeveralActorsAtOnce() throws IOException {
        List<ActorEntry> entries = PetrarchActorReader.readActors(in("""
                THE_LOW_COUNTRIES  [BEL/NTH/LUX]
                SYLVANIA_  [SYL]
                """), "test.actors.txt");

        assertThat(entries.get(0).parts()).containsExactly("BEL", "NTH", "LUX");
        assertThat(entries.get(0).code()).isEqualTo("BELNTHLUX");
        assertThat(entries.get(1).parts()).isEmpty();
    }

    @Test
    void sixDigitDatesFallInTheNearestPast() {
        assertThat(PetrarchActorReader.date("450703")).isEqualTo(LocalDate.of(1945, 7, 3));
        assertThat(PetrarchActorReader.date("070723")).isEqualTo(LocalDate.of(2007, 7, 23));
        assertThat(PetrarchActorReader.date("18970101")).isEqualTo(LocalDate.of(1897, 1, 1));
    }

    @Test
    void agentsBecomeSectorNounsWithSubstitutionsExpanded() throws IOException {
        List<ActorEntry> entries = PetrarchActorReader.readAgents(in("""
                !PERSON! = MAN, MEN, WOMAN
                FOREIGN_MINISTER [~GOVFRM] # comment
                POLICE!PERSON! {} [~COP]
                STATE_MEDIA [~MED]
                MSF {}  [NGO~]
                """), "test.agents.txt");

        assertThat(entries).allMatch(e -> e.type() == ActorEntry.Type.SECTOR);
        assertThat(entries).filteredOn(e -> e.code().equals("COP")).singleElement()
                .satisfies(e -> assertThat(e.nouns()).containsExactly("policeman", "policemen", "policewoman"));
        // "~GOVFRM" goes after the actor code whole: Gondor's foreign minister is GONGOVFRM
        assertThat(entries).filteredOn(e -> e.code().equals("GOVFRM")).singleElement()
                .satisfies(e -> assertThat(e.nouns()).containsExactly("foreign minister"));
        assertThat(entries).extracting(ActorEntry::code).containsExactly("GOVFRM", "COP", "MED", "NGO");
    }
}
