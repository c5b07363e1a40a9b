package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.extract.Boilerplate.Kind;

/** One group per rule documented in docs/extraction.md. */
class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"open image in gallery", "Enlarge this image", "Image caption", "Photo:"})
    void captionMarkers(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.CAPTION_MARKER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"( AP )", "(AP)", "Photograph: Reuters", "Photo: AFP via Getty Images", "REUTERS",
            "Credit: Anadolu Agency", "Photo: Jane R. Doe", "Omar Haddad, Associated Press"})
    void standAloneCredits(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quelle: Landesamt für Statistik", "(Quelle: Mustermann/Unsplash)", "Foto: Erika Beispiel",
            "Bild: Werk", "Source: Company filings", "Fuente: EFE", "Fonte: Agência Brasil", "jos/dpa", "aja/PAP",
            "(sda/rs)"})
    void creditAndSourceLinesInSeveralLanguagesAndAgencySignOffs(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dana Okafor / AFP / Getty Images", "Lee Brandt, Reuters / Getty Images",
            "Illustration by Sam Weller", "Graphic: Tomas Ruiz", "Courtesy Harbour Board", "Photo courtesy of the family",
            "(Courtesy of City Hall)"})
    void photographersWithSeveralAgenciesIllustrationsAndCourtesyLinesAreCredits(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Courtesy of the harbour board, every ferry now carries a defibrillator on deck.",
            "Illustrations by schoolchildren line the walls of the new library, which opened on Monday.",
            "Getty Images and AFP declined to comment on the lawsuit."})
    void sentencesAboutCreditsStay(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quelle der Zahlen ist eine Umfrage unter 2.000 Haushalten, die das Institut im Mai befragt hat.",
            "Die Quelle: ein alter Brunnen am Waldrand, der seit Jahrhunderten nicht versiegt ist und viele Wanderer anzieht.",
            "and/or"})
    void sentencesThatMentionASourceStay(String line) {
        assertThat(Boilerplate.classify(line).kind()).isNotEqualTo(Kind.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"23.10.2018", "Erstellt am Dienstag 6. Mai 2014", "12.12.2022, 08:30 Uhr", "Aktualisiert:",
            "Last Modified:", "Published on March 2, 2020", "Veröffentlicht am 16.08.2019 | 10:15"})
    void linesOfADateAloneAreMetadata(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.PROMPT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4:20 p.m.", "Johannes 3:16", "Am 13. Mai 2014 trat das Gesetz in Kraft.", "2:1",
            "Stand der Dinge"})
    void timesOfALiveBlogAndSentencesWithDatesStay(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rescuers search the ruins of an apartment block in Ternopil ( AP )",
            "Putin greets Witkoff in the Kremlin. Photograph: Reuters",
            "Smoke rises over El Obeid after the attack (Photo: Reuters)",
            "Firefighters work at the site of a strike in Odesa on Tuesday. (AP Photo/Jane Doe)",
            "Le maire de Lille, le 3 mai 2021 à Lille (Photo Jeanne Martin. AFP)"})
    void captionsEndWithACredit(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.CAPTION);
        assertThat(Boilerplate.classify(line).credit()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "Read more: Kyiv braces for winter", "Share this article", "Sign up to our newsletter",
            "Follow us on X", "Advertisement", "Get the day's top stories, straight to your inbox.", "Copy link",
            "Sudan | Africa | World news", "@reuters #ukraine", "We use cookies to improve your experience.",
            "Close", "Published 6:10 am CET, Tuesday, March 3, 2026", "UPDATED: March 3, 2026 at 9:12 pm",
            "By Jane Doe - 03/03/26 11:04 PM EST", "Nov. 20, 2025 9:30 AM EST", "2025-11-20 10:00:00 Jane Doe",
            "(Reporting by Jane Doe; Editing by John Roe)", "Reading time: 4 minutes",
            "This post may contain affiliate links. Please see my disclosure.",
            "Have a tip? Jane Doe may be reached at jdoe@example.com."})
    void promptsAndNavigation(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.PROMPT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We never put our reporting behind a paywall, and gifts from readers keep it that way. Donate now",
            "Independent journalism costs money. If you can, please support us with a monthly gift. Make a contribution",
            "Subscribe today and get unlimited access to our reporting."})
    void appealsToTheReader(String line) {
        assertThat(Boilerplate.classify(line).kind()).isIn(Kind.APPEAL, Kind.PROMPT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KYIV (Reuters) - Russia fired 518 drones and missiles at Ukraine last night.",
            "WASHINGTON (AP) \u2014 The Senate voted on Tuesday.",
            "The EU pledged a contribution of 2 billion euros to the fund, officials said.",
            "Reuters reported that talks would resume.",
            "Donors said they would subscribe to the bond issue.",
            "Updated figures show that 25 people were killed in the strike on Kharkiv.",
            "By Tuesday, 40 trucks had crossed into Gaza."})
    void newsStaysInTheBody(String line) {
        assertThat(Boilerplate.classify(line).kind()).isEqualTo(Kind.BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KYIV (Reuters) - Russia fired", "MOSCOW, Dec 2 (Reuters) - Russian President",
            "GENEVA (Reuters) - US and", "WASHINGTON (AP) \u2014 The", "BRUSSELS - The Netherlands"})
    void datelinesAreRecognisedSoTheParserCanSkipThem(String paragraph) {
        assertThat(Boilerplate.datelineLength(paragraph)).isPositive();
        assertThat(paragraph.substring(Boilerplate.datelineLength(paragraph))).doesNotContain("(");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LISBON, May 4 - Portugal's teachers walked out", "OSLO, Jan 12 - The",
            "NEW DELHI, Sept. 3 - India's cabinet", "PARIS, France, Oct 30 - Farmers blocked"})
    void oldWireDatelinesWithTheDayBeforeTheDashAreRecognised(String paragraph) {
        // the wire of the 1980s wrote the day, not the agency, before the dash: "CITY, Month D - Text"
        assertThat(Boilerplate.datelineLength(paragraph)).isPositive();
        assertThat(paragraph.substring(Boilerplate.datelineLength(paragraph))).doesNotContain(" - ")
                .doesNotContain(",");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Russia fired drones.", "US - Russia talks", "The NATO summit began.",
            "Talks on May 4 - the second round - failed.", "Lisbon, May 4 - Portugal's teachers walked out"})
    void ordinarySentencesHaveNoDateline(String paragraph) {
        assertThat(Boilerplate.datelineLength(paragraph)).isZero();
    }

    @Test
    void relatedReadingHeadingsInOtherLanguagesArePromptsButSentencesUsingTheWordsStay() {
        for (String line : new String[] {"Lesen Sie auch:", "Mehr zum Thema", "Das könnte Sie auch interessieren!",
                "Weitere Beiträge aus unserer Serie:", "À lire aussi", "Noticias relacionadas", "Leia também:",
                "Diesen Artikel teilen"}) {
            assertThat(Boilerplate.classify(line).kind()).as(line).isEqualTo(Kind.PROMPT);
        }
        for (String line : new String[] {"Die Ministerin sagte, sie wolle mehr zum Thema Wohnungsbau vorlegen.",
                "Über den Autor des Gutachtens ist wenig bekannt.",
                "Weitere Artikel der Verordnung regeln die Haftung der Betreiber bei Schäden an Dritten, heißt es im "
                        + "Entwurf, den das Kabinett am Mittwoch beschließen soll und der dem Bundestag zugeleitet wird."}) {
            assertThat(Boilerplate.classify(line).kind()).as(line).isEqualTo(Kind.BODY);
        }
    }

    @Test
    void noticesAboutTheTextAreNotTheText() {
        for (String line : new String[] {"*Werbung. Dieser Beitrag enthält Werbung für eine Kaffeerösterei.",
                "Alle Angaben ohne Gewähr", "Advertising disclosure: We may be paid when you buy through our links.",
                "Titelbild: Stadtarchiv", "Rezept drucken", "- Anzeige -", "Über den Autor", "About the author:",
                "À propos de l'auteur"}) {
            assertThat(Boilerplate.classify(line).kind()).as(line).isEqualTo(Kind.PROMPT);
        }
        assertThat(Boilerplate.classify("Die Werbung für Tabak ist in Frankreich seit Jahren streng geregelt, "
                + "sagte der Sprecher.").kind()).isEqualTo(Kind.BODY);
    }
}
