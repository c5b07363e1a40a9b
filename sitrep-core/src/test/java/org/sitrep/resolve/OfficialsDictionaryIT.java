package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Interior ministers, army chiefs and envoys of {@code officials.actors}: coded by the role of the article's date,
 * as former officials after their last role, and the file's entries well formed and unambiguous.
 */
class OfficialsDictionaryIT {
    private static final String FILE = "officials.actors";

    private static List<String> codesOf(ResolvedArticle r, String words) {
        return Nlp.codesOf(r, words);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // an interior minister in office, and the same name after the term with no later role
            "2017-06-01|Marco Minniti|ITAGOV|Marco Minniti met coast guard commanders in Tripoli.",
            "2020-06-01|Marco Minniti|ITAELI|Marco Minniti met coast guard commanders in Tripoli.",
            "2016-03-01|Magdy Abdel Ghaffar|EGYGOV|Magdy Abdel Ghaffar ordered the arrest of the smugglers.",
            "2021-02-01|Magdy Abdel Ghaffar|EGYELI|Magdy Abdel Ghaffar ordered the arrest of the smugglers.",
            "2023-05-01|Rosa Icela Rodríguez|MEXGOV|Rosa Icela Rodríguez sent the National Guard to the border.",
            // an interior minister who went on to lead the government, then left office
            "2021-03-01|Karl Nehammer|AUTGOV|Karl Nehammer announced new border checks.",
            "2023-03-01|Karl Nehammer|AUTGOV|Karl Nehammer announced new border checks.",
            "2025-06-01|Karl Nehammer|AUTELI|Karl Nehammer announced new border checks.",
            // an army chief or chief of defence is the military
            "2020-05-01|Eberhard Zorn|DEUMIL|Eberhard Zorn visited the troops in Lithuania.",
            "2023-10-02|Francis Ogolla|KENMIL|Francis Ogolla flew to the border town of Mandera.",
            "2024-06-01|Francis Ogolla|KENELI|Francis Ogolla flew to the border town of Mandera.",
            "2022-03-01|Narongpan Jitkaewthae|THAMIL|Narongpan Jitkaewthae warned the protesters.",
            // envoys: a UN ambassador and a national security adviser, in office and after it
            "2017-04-01|Danny Danon|ISRGOV|Danny Danon accused Iran of arming the militia.",
            "2021-09-01|Maleeha Lodhi|PAKELI|Maleeha Lodhi criticised the decision.",
            "2018-09-01|Maleeha Lodhi|PAKGOV|Maleeha Lodhi criticised the decision.",
            // a UN envoy is the organisation's
            "2019-05-01|Ghassan Salamé|IGOUNO|Ghassan Salamé briefed the council on the fighting near Tripoli.",
            // a handover day: the role started that day wins over the one ending that day
            "2020-05-05|Othman al-Ghanimi|IRQMIL|Othman al-Ghanimi visited the federal police in Mosul.",
            "2020-05-06|Othman al-Ghanimi|IRQGOV|Othman al-Ghanimi visited the federal police in Mosul.",
            "2019-10-22|Tito Karnavian|IDNCOP|Tito Karnavian ordered an inquiry into the riot.",
            "2019-10-23|Tito Karnavian|IDNGOV|Tito Karnavian ordered an inquiry into the riot."})
    void codesAnOfficialAsOfTheArticleDate(String date, String words, String code, String sentence) {
        assertThat(codesOf(Nlp.resolve(date, sentence), words)).containsExactly(code);
    }

    @Test
    void aSurnameLaterInTheArticleIsTheSameOfficial() {
        ResolvedArticle r = Nlp.resolve("2021-03-01", "Interior Minister Luciana Lamorgese arrived in Tunis on Monday."
                + "\n\nLamorgese asked the Tunisian government to stop the departures.");
        assertThat(codesOf(r, "Lamorgese")).containsExactly("ITAGOV");
    }

    @Test
    void everyOfficialHasDatedRolesWithKnownCodesAndNamesNoOtherEntryUses() {
        List<ActorEntry> all = ActorDictionary.loadDefaults();
        List<ActorEntry> officials = all.stream().filter(e -> e.where().startsWith(FILE + ":")).toList();
        assertThat(officials).hasSizeGreaterThan(300);

        Set<String> countries = all.stream().filter(e -> e.type() == ActorEntry.Type.COUNTRY).map(ActorEntry::code)
                .collect(Collectors.toSet());
        Set<String> sectors = all.stream().filter(e -> e.type() == ActorEntry.Type.SECTOR).map(ActorEntry::code)
                .collect(Collectors.toSet());
        Set<String> bodies = all.stream().filter(e -> e.type() == ActorEntry.Type.ORGANISATION
                || e.type() == ActorEntry.Type.GROUP).map(ActorEntry::code).collect(Collectors.toSet());
        Map<String, Set<String>> owners = new HashMap<>();
        for (ActorEntry e : all) {
            List<String> words = new ArrayList<>(e.names());
            words.addAll(e.adjectives());
            words.addAll(e.metonyms().keySet());
            for (String w : new HashSet<>(words)) {
                owners.computeIfAbsent(w, k -> new HashSet<>()).add(e.where());
            }
        }

        List<String> problems = new ArrayList<>();
        for (ActorEntry e : officials) {
            if (e.type() != ActorEntry.Type.PERSON) {
                problems.add(e.where() + " " + e.name() + ": not a person");
            }
            if (e.roles().isEmpty()) {
                problems.add(e.where() + " " + e.name() + ": no role");
            }
            if (!e.names().contains(e.name())) {
                problems.add(e.where() + " " + e.name() + ": the canonical name is not among the names");
            }
            for (Role role : e.roles()) {
                if (role.start() == null) {
                    problems.add(e.where() + " " + e.name() + ": role '" + role.title() + "' has no start date");
                }
                String code = role.code();
                boolean known = bodies.contains(code) || code.length() == 6
                        && countries.contains(code.substring(0, 3)) && sectors.contains(code.substring(3));
                if (!known) {
                    problems.add(e.where() + " " + e.name() + ": unknown code " + code);
                }
            }
            for (String name : e.names()) {
                Set<String> others = new HashSet<>(owners.get(name));
                others.remove(e.where());
                if (!others.isEmpty()) {
                    problems.add(e.where() + " " + e.name() + ": name '" + name + "' also names " + others);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
