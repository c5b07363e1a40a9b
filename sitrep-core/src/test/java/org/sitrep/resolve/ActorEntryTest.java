package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorEntryTest {
    private static final ActorEntry TRUMP = new ActorEntry("Donald Trump", ActorEntry.Type.PERSON, null,
            List.of("Donald Trump", "Trump"), List.of(), List.of(), Map.of(), List.of(
            new Role("USAGOV", "President", LocalDate.of(2017, 1, 20), LocalDate.of(2021, 1, 20)),
            new Role("USAGOV", "President", LocalDate.of(2025, 1, 20), null)), false, "Q22686", "test");

    @Test
    void aPersonCarriesTheRoleValidOnTheDay() {
        assertThat(TRUMP.codeOn(LocalDate.of(2018, 6, 1))).contains("USAGOV");
        assertThat(TRUMP.codeOn(LocalDate.of(2025, 11, 19))).contains("USAGOV");
    }

    @Test
    void betweenAndAfterRolesAPersonIsAFormerOfficial() {
        assertThat(TRUMP.codeOn(LocalDate.of(2022, 6, 1))).contains("USAELI");
    }

    @Test
    void beforeAnyRoleAPersonHasNoCode() {
        assertThat(TRUMP.codeOn(LocalDate.of(2010, 1, 1))).isEmpty();
    }

    @Test
    void withoutADateTheLatestRoleCounts() {
        assertThat(TRUMP.codeOn(null)).contains("USAGOV");
    }

    @Test
    void aTitleInTheTextPicksTheNearestRoleOfItsSector() {
        ActorEntry general = new ActorEntry("Jane Roe", ActorEntry.Type.PERSON, null, List.of("Jane Roe"), List.of(),
                List.of(), Map.of(), List.of(
                new Role("ABCMIL", "Chief of Staff", LocalDate.of(1990, 1, 1), LocalDate.of(1995, 1, 1)),
                new Role("ABCGOV", "Prime Minister", LocalDate.of(2001, 1, 1), LocalDate.of(2004, 1, 1))),
                false, null, "test");
        assertThat(general.actorTitled("GOV", LocalDate.of(2000, 1, 1))).map(a -> a.code()).contains("ABCGOV");
        assertThat(general.actorTitled("MIL", LocalDate.of(2000, 1, 1))).map(a -> a.code()).contains("ABCMIL");
        assertThat(general.actorTitled("COP", LocalDate.of(2000, 1, 1))).isEmpty();
    }
}
