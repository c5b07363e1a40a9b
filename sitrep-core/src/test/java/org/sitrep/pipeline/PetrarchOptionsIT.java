package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.code.DependencyEventCoder;
import org.sitrep.code.PetrarchOptions;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.RawDocument;

/** A PETRARCH user's configuration options make Sitrep read sentences as PETRARCH does. */
class PetrarchOptionsIT {
    @TempDir
    static Path dir;

    private static Dictionaries dictionaries;
    private static Pipeline news;

    @BeforeAll
    static void load() throws IOException {
        Path actors = Files.writeString(dir.resolve("test.actors.txt"), """
                FREEDONIA_  [FRE]
                SYLVANIA_  [SYL]
                OCEANIA_  [OCE]
                +ZENITH_
                """);
        Path agents = Files.writeString(dir.resolve("test.agents.txt"), """
                TROOPS [~MIL]
                AMBASSADOR [~GOV]
                GOVERNMENT [~GOV]
                LAWMAKER [~LEG]
                """);
        Path verbs = Files.writeString(dir.resolve("test.verbs.txt"), """
                --- RESTORE  [064]  ---
                RESTORE
                --- SAY  [023]  ---
                SAY
                --- LOOT  [222]  ---
                LOOT
                --- CONDEMN  [122]  ---
                CONDEMN
                """);
        Path discards = Files.writeString(dir.resolve("test.discards.txt"), "FOOTBALL\n");
        dictionaries = Dictionaries.petrarchOnly(List.of(actors), List.of(agents), List.of(verbs), List.of(discards));
        news = Sitrep.standard(dictionaries);
    }

    private static List<EventMention> code(PetrarchOptions options, String text) {
        Pipeline p = options == null ? news
                : news.withCoder(new DependencyEventCoder(dictionaries.patternDictionary(), options));
        var out = p.process(RawDocument.of("t", ("date 2020-03-02\n" + text).getBytes(StandardCharsets.UTF_8),
                DocumentFormat.TEXT), new Timings());
        return out instanceof DocumentOutcome.Coded c ? c.mentions() : List.of();
    }

    private static List<String> triples(List<EventMention> events) {
        return events.stream().map(e -> codes(e.actor()) + "/" + codes(e.recipient()) + "/" + e.cameo()).toList();
    }

    private static String codes(List<Participant> ps) {
        return ps.isEmpty() ? "---" : String.join("+", ps.stream().map(Participant::code).toList());
    }

    /** The first verb is no PETRARCH verb here, so the looting is an event of its own, not nested in it. */
    private static final String CLAUSES = "Freedonia improved diplomatic ties with Sylvania, two weeks after "
            + "Oceania's troops looted the capital, a senior ambassador said on Monday.";

    @Test
    void commaClausesOfTheConfiguredLengthsAreLeftOutAndOneSidedEventsNeedRequireDyadOff() {
        // the internal clause of eight words and the terminal one of six are left out by default
        assertThat(code(PetrarchOptions.DEFAULTS, CLAUSES)).isEmpty();

        PetrarchOptions keepAll = PetrarchOptions.DEFAULTS.with("require_dyad", "false").with("comma_max", "0")
                .with("comma_emax", "0");
        // the looting is coded once its clause stays, and so is the saying: a sector alone, and a target phrase
        assertThat(triples(code(keepAll, CLAUSES)))
                .containsExactlyInAnyOrder("OCEMIL/---/222", "GOV/---/023");

        // the terminal clause of six words is within the default limits: the saying is left out
        assertThat(triples(code(keepAll.with("comma_emax", "8"), CLAUSES))).containsExactly("OCEMIL/---/222");
        // and with require_dyad, an event needs both sides
        assertThat(code(keepAll.with("require_dyad", "true"), CLAUSES)).isEmpty();
    }

    @Test
    void aSayingWithNoNounPhraseForItsTargetIsNotCoded() {
        PetrarchOptions keepAll = PetrarchOptions.DEFAULTS.with("require_dyad", "false").with("comma_emax", "0");
        assertThat(triples(code(keepAll, "Freedonia restored diplomatic ties with Sylvania, an ambassador said "
                + "yesterday."))).containsExactly("FRE/SYL/064");
    }

    @Test
    void aPartyOfATemporalClauseIsNoTargetOfTheMainVerb() {
        // the looters of the "after" clause only date the restoring: Freedonia restores ties with nobody named
        String text = "Freedonia is about to restore full ties, three years after Oceania's troops looted its "
                + "embassy, an ambassador said on Monday.";
        assertThat(triples(code(PetrarchOptions.DEFAULTS, text))).noneMatch(t -> t.startsWith("FRE/OCE"));
        assertThat(triples(code(null, text))).noneMatch(t -> t.startsWith("FRE/OCE"));
    }

    @Test
    void aListOfNamesIsNoCommaClause() {
        assertThat(triples(code(PetrarchOptions.DEFAULTS, "Freedonia, the small Oceania and Sylvania condemned "
                + "Zenith's government on Monday."))).containsExactly("FRE+OCE+SYL/OCEGOV/122");
    }

    @Test
    void aNounPhraseIsCodedByTheFirstActorItNames() {
        String text = "Sylvania's outspoken and tireless ambassador Zenith condemned Freedonia.";
        assertThat(triples(code(PetrarchOptions.DEFAULTS, text))).containsExactly("SYLGOV/FRE/122");
        assertThat(triples(code(null, text))).containsExactly("OCEGOV/FRE/122"); // news: the named person's country
    }

    @Test
    void sectorsTakeTheCountryOfTheirPhraseAndNoneFromTheStory() {
        assertThat(triples(code(PetrarchOptions.DEFAULTS,
                "Lawmakers and ambassadors from Sylvania and Oceania condemned Freedonia.")))
                .containsExactly("SYLLEG+OCELEG+SYLGOV+OCEGOV/FRE/122");
        assertThat(triples(code(PetrarchOptions.DEFAULTS,
                "Sylvania was quiet on Monday. The government condemned Oceania."))).containsExactly("GOV/OCE/122");
    }

    @Test
    void aShortNounPhraseNamingNoActorIsANewActorWhenAllowed() {
        String text = "The Grand Council of Elders condemned Freedonia on Monday.";
        assertThat(code(PetrarchOptions.DEFAULTS, text)).isEmpty();
        assertThat(triples(code(PetrarchOptions.DEFAULTS.with("new_actor_length", "5"), text)))
                .containsExactly("\"THE GRAND COUNCIL OF ELDERS\"/FRE/122");
        // five words are too many for a limit of four
        assertThat(code(PetrarchOptions.DEFAULTS.with("new_actor_length", "4"), text)).isEmpty();
        assertThat(triples(code(PetrarchOptions.DEFAULTS.with("new_actor_length", "4"),
                "Sylvania condemned the old harbour guild."))).containsExactly("SYL/\"THE OLD HARBOUR GUILD\"/122");
    }
}
