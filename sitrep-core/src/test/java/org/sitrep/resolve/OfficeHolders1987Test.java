package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The office holders of 1987 that newswire of that year names by surname (historic.actors): coded as their office on
 * a 1987 date, as former officials after it, and a namesake of today not taken for them.
 */
class OfficeHolders1987Test {
    private static final List<ActorEntry> ENTRIES = ActorDictionary.loadDefaults();
    private static final Map<String, ActorEntry> BY_NAME = ENTRIES.stream()
            .collect(Collectors.toMap(ActorEntry::name, Function.identity(), (a, b) -> a));

    @Test
    void officeHoldersOf1987AreCodedOnA1987Date() {
        LocalDate day = LocalDate.of(1987, 4, 15);
        Map<String, String> expected = Map.ofEntries(Map.entry("George Shultz", "USAGOV"),
                Map.entry("Caspar Weinberger", "USAGOV"), Map.entry("Eduard Shevardnadze", "RUSGOV"),
                Map.entry("Yasuhiro Nakasone", "JPNGOV"), Map.entry("Jose Sarney", "BRAGOV"),
                Map.entry("Brian Mulroney", "CANGOV"), Map.entry("Bob Hawke", "AUSGOV"),
                Map.entry("Shimon Peres", "ISRGOV"), Map.entry("Yitzhak Shamir", "ISRGOV"),
                Map.entry("Akbar Hashemi Rafsanjani", "IRNLEG"), Map.entry("Ali Khamenei", "IRNGOV"),
                Map.entry("Corazon Aquino", "PHLGOV"), Map.entry("P. W. Botha", "ZAFGOV"),
                Map.entry("Amin Gemayel", "LBNGOV"), Map.entry("Rajiv Gandhi", "INDGOV"),
                Map.entry("Mohammad Zia ul-Haq", "PAKGOV"), Map.entry("Mohammad Najibullah", "AFGGOV"),
                Map.entry("Gerhard Stoltenberg", "DEUGOV"), Map.entry("Javier Perez de Cuellar", "IGOUNO"));
        expected.forEach((name, code) -> {
            assertThat(BY_NAME).as(name).containsKey(name);
            assertThat(BY_NAME.get(name).codeOn(day)).as(name).contains(code);
        });
    }

    @Test
    void eachAddedNameBelongsToOneEntryAndEveryRoleHasAStart() {
        Map<String, java.util.Set<String>> owners = DictionaryNames.owners(ENTRIES);
        List<String> added = List.of("George Shultz", "Caspar Weinberger", "Frank Carlucci", "James Baker", "Eduard Shevardnadze", "Andrei Gromyko", "Nikolai Ryzhkov", "Yasuhiro Nakasone", "Noboru Takeshita", "Kiichi Miyazawa", "Richard von Weizsaecker", "Hans-Dietrich Genscher", "Gerhard Stoltenberg", "Geoffrey Howe", "Nigel Lawson", "Bettino Craxi", "Brian Mulroney", "Bob Hawke", "David Lange", "Jose Sarney", "Dilson Funaro", "Raul Alfonsin", "Leon Febres Cordero", "Alan Garcia", "Jose Napoleon Duarte", "Corazon Aquino", "P. W. Botha", "Pik Botha", "Amin Gemayel", "Shimon Peres", "Yitzhak Shamir", "Akbar Hashemi Rafsanjani", "Ali Akbar Velayati", "Tariq Aziz", "King Fahd", "Mohammad Najibullah", "Mohammad Zia ul-Haq", "Rajiv Gandhi", "Zhao Ziyang", "Li Peng", "Deng Xiaoping", "Chun Doo-hwan", "Roh Tae-woo", "Suharto", "Kenneth Kaunda", "Hissene Habre", "Javier Perez de Cuellar");
        List<String> problems = new java.util.ArrayList<>();
        for (String name : added) {
            List<ActorEntry> found = ENTRIES.stream().filter(e -> e.name().equals(name)).toList();
            if (found.size() != 1) {
                problems.add(name + ": " + found.size() + " entries");
                continue;
            }
            for (Role role : found.get(0).roles()) {
                if (role.start() == null) {
                    problems.add(name + ": role '" + role.title() + "' has no start date");
                }
            }
            for (String n : found.get(0).names()) {
                if (owners.get(n).size() > 1) {
                    problems.add(name + ": name '" + n + "' also names " + owners.get(n));
                }
            }
        }
        assertThat(added).hasSize(47);
        assertThat(problems).isEmpty();
    }

    @Test
    void theirLaterOfficesAndRetirementFollowTheDates() {
        assertThat(BY_NAME.get("Caspar Weinberger").codeOn(LocalDate.of(1988, 6, 1))).contains("USAELI");
        assertThat(BY_NAME.get("Eduard Shevardnadze").codeOn(LocalDate.of(1998, 6, 1))).contains("GEOGOV");
        assertThat(BY_NAME.get("Akbar Hashemi Rafsanjani").codeOn(LocalDate.of(1992, 6, 1))).contains("IRNGOV");
        assertThat(BY_NAME.get("Ali Khamenei").codeOn(LocalDate.of(2025, 6, 1))).contains("IRNGOV");
        // Norway's Jens Stoltenberg had no office in 1987; West Germany's finance minister did
        assertThat(BY_NAME.get("Jens Stoltenberg").codeOn(LocalDate.of(1987, 4, 15))).isNotEqualTo(
                BY_NAME.get("Gerhard Stoltenberg").codeOn(LocalDate.of(1987, 4, 15)));
    }
}
