package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Heads of state and government of Europe, Algeria and Mongolia added to {@code people.actors} on 2026-11-27
 * (issue 4): the leader of the article's day is the government, a predecessor is a former official after the term,
 * and a name that contains a country's name is the person. Sentences are our own.
 */
class LeadersDictionaryIT {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // current leaders on a 2025 date, with and without diacritics
            "2025-11-19|Maia Sandu|MDAGOV|Maia Sandu accused Moscow of meddling in the vote.",
            "2025-11-19|Gitanas Nauseda|LTUGOV|Gitanas Nauseda thanked the German troops stationed near Rukla.",
            "2025-11-19|Edgars Rinkēvičs|LVAGOV|Edgars Rinkēvičs signed the amended border law.",
            "2025-11-19|Robert Fico|SVKGOV|Robert Fico criticised the new sanctions package.",
            "2025-11-19|Jonas Gahr Store|NORGOV|Jonas Gahr Store announced a rise in defence spending.",
            "2025-11-19|Micheál Martin|IRLGOV|Micheál Martin welcomed the trade agreement.",
            "2025-11-19|Abdelmadjid Tebboune|DZAGOV|Abdelmadjid Tebboune received the Italian delegation.",
            "2025-11-19|Ukhnaagiin Khurelsukh|MNGGOV|Ukhnaagiin Khurelsukh vetoed the mining bill.",
            "2025-11-19|Andrej Plenkovic|HRVGOV|Andrej Plenkovic promised new housing subsidies.",
            // an earlier office of the same person: Rinkēvičs was foreign minister, Martin Taoiseach before
            "2019-03-01|Edgars Rinkēvičs|LVAGOV|Edgars Rinkēvičs summoned the Russian ambassador.",
            "2021-03-01|Micheál Martin|IRLGOV|Micheál Martin extended the lockdown.",
            // predecessors in office, and after the term with no later role
            "2022-05-01|Alexander De Croo|BELGOV|Alexander De Croo opened the energy summit.",
            "2025-06-01|Alexander De Croo|BELELI|Alexander De Croo opened the energy summit.",
            "2018-05-01|Dalia Grybauskaitė|LTUGOV|Dalia Grybauskaitė warned of cyber attacks.",
            "2021-05-01|Dalia Grybauskaitė|LTUELI|Dalia Grybauskaitė warned of cyber attacks.",
            "2019-02-01|Igor Dodon|MDAGOV|Igor Dodon flew to Moscow for talks.",
            "2022-02-01|Igor Dodon|MDAELI|Igor Dodon flew to Moscow for talks.",
            "2021-01-10|Zuzana Čaputová|SVKGOV|Zuzana Čaputová appointed the new judges.",
            "2025-01-10|Zuzana Caputova|SVKELI|Zuzana Caputova appointed the new judges.",
            // a prime minister who became president: the office of the day
            "2019-06-01|Peter Pellegrini|SVKGOV|Peter Pellegrini met the striking nurses.",
            "2025-06-01|Peter Pellegrini|SVKGOV|Peter Pellegrini met the striking nurses."})
    void codesALeaderAsOfTheArticleDate(String date, String words, String code, String sentence) {
        assertThat(Nlp.codesOf(Nlp.resolve(date, sentence), words)).containsExactly(code);
    }

    @Test
    void aNameThatContainsACountryIsThePersonNotTheCountry() {
        ResolvedArticle r = Nlp.resolve("2025-05-10", "Luis Montenegro said the budget would pass.");
        assertThat(Nlp.codesOf(r, "Luis Montenegro")).containsExactly("PRTGOV");
        assertThat(codes(r)).doesNotContain("MNE");

        ResolvedArticle accented = Nlp.resolve("2025-05-10", "Luís Montenegro said the budget would pass.");
        assertThat(Nlp.codesOf(accented, "Luís Montenegro")).containsExactly("PRTGOV");

        ResolvedArticle bardella = Nlp.resolve("2025-05-10", "Jordan Bardella called for an early election.");
        assertThat(Nlp.codesOf(bardella, "Jordan Bardella")).containsExactly("FRAOPP");
        assertThat(codes(bardella)).doesNotContain("JOR");
    }

    @Test
    void aSurnameThatIsACountrysNameIsThePersonOnceTheArticleNamedHimButAPlaceStaysThePlace() {
        ResolvedArticle r = Nlp.resolve("2025-05-10", "Luis Montenegro met Spanish officials on Monday. Montenegro "
                + "said the budget would pass. He then flew to Montenegro.");
        assertThat(r.actors()).filteredOn(m -> m.text().equals("Montenegro"))
                .extracting(m -> m.actors().get(0).code()).containsExactly("PRTGOV", "MNE");
        // a first name that is a country's name leaves the country alone
        ResolvedArticle katz = Nlp.resolve("2025-06-24", "Defence Minister Israel Katz spoke on Monday. Israel "
                + "launched new strikes.");
        assertThat(katz.actors()).filteredOn(m -> m.text().equals("Israel"))
                .extracting(m -> m.actors().get(0).code()).containsExactly("ISR");
    }

    @Test
    void aSurnameLaterInTheArticleIsTheSameLeader() {
        ResolvedArticle r = Nlp.resolve("2025-03-01", "Slovenian Prime Minister Robert Golob arrived in Zagreb on Monday."
                + "\n\nGolob said the two countries would build a new power line.");
        assertThat(Nlp.codesOf(r, "Golob")).containsExactly("SVNGOV");
    }

    @Test
    void theAddedLeadersHaveDatedRolesAndNamesNoOtherEntryUses() {
        List<ActorEntry> all = ActorDictionary.loadDefaults();
        Map<String, Set<String>> owners = DictionaryNames.owners(all);
        List<String> added = List.of("Maia Sandu", "Edi Rama", "Gitanas Nausėda", "Alar Karis", "Edgars Rinkēvičs",
                "Peter Pellegrini", "Robert Fico", "Rumen Radev", "Jonas Gahr Støre", "Bart De Wever", "Luc Frieden",
                "Micheál Martin", "Luís Montenegro", "Nikos Christodoulides", "Robert Golob", "Andrej Plenković",
                "Abdelmadjid Tebboune", "Ukhnaagiin Khürelsükh");
        List<String> problems = new ArrayList<>();
        for (String name : added) {
            List<ActorEntry> found = all.stream().filter(e -> e.name().equals(name)).toList();
            if (found.size() != 1) {
                problems.add(name + ": " + found.size() + " entries");
                continue;
            }
            ActorEntry e = found.get(0);
            if (e.type() != ActorEntry.Type.PERSON || e.roles().isEmpty()) {
                problems.add(name + ": not a person with roles");
            }
            for (Role role : e.roles()) {
                if (role.start() == null) {
                    problems.add(name + ": role '" + role.title() + "' has no start date");
                }
            }
            for (String n : e.names()) {
                if (owners.get(n).size() > 1) {
                    problems.add(name + ": name '" + n + "' also names " + owners.get(n));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> codes(ResolvedArticle r) {
        List<String> codes = new ArrayList<>();
        for (ActorMention m : r.actors()) {
            m.actors().forEach(a -> codes.add(a.code()));
        }
        return codes;
    }
}
