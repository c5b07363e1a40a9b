package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.EventMention;
import org.sitrep.model.PloverType;
import org.sitrep.model.Quote;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.DocumentOutcome;
import org.sitrep.pipeline.Timings;
import org.sitrep.testing.Nlp;

/** Quotations, their speakers and the events they comment on, through the whole pipeline. */
class QuotesIT {

    private static DocumentOutcome.Coded code(String text) {
        DocumentOutcome out = Nlp.pipeline().process(RawDocument.of("quotes.txt",
                ("date 2025-11-19\n" + text).getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT), new Timings());
        assertThat(out).isInstanceOf(DocumentOutcome.Coded.class);
        return (DocumentOutcome.Coded) out;
    }

    private static final String STORY = """
            Russian forces fired 80 drones at the city of Kharkiv overnight, killing three people, Ukrainian \
            President Volodymyr Zelensky said on Wednesday.

            "This is deliberate terror against civilians, and the world must respond," he wrote on Telegram.

            The Kremlin did not comment. Foreign Minister Sergei Lavrov told reporters in Moscow: "We are not going \
            to negotiate under pressure from anyone."

            "Our soldiers held the line near Pokrovsk for the third week," said Oleksandr Syrskyi, the army's \
            commander-in-chief.
            """;

    @Test
    void speakersAreReadAfterAndBeforeTheQuotationAndAPronounIsTheActorItStandsFor() {
        List<Quote> quotes = code(STORY).quotes();
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Volodymyr Zelensky",
                "Foreign Minister Sergei Lavrov", "Oleksandr Syrskyi");
        assertThat(quotes.get(0).text()).startsWith("This is deliberate terror");
        assertThat(quotes.get(0).speakerCodes()).contains("UKRGOV");
        assertThat(quotes.get(1).speakerCodes()).contains("RUSGOV");
        String text = Nlp.article("2025-11-19", STORY).text();
        assertThat(text.substring(quotes.get(2).start(), quotes.get(2).end())).isEqualTo(quotes.get(2).text());
    }

    @Test
    void aQuotationByTheSpeakerOfTheEventInTheNextSentenceCommentsOnIt() {
        EventMention attack = code(STORY).mentions().stream().filter(m -> m.eventType() == PloverType.ASSAULT)
                .findFirst().orElseThrow();
        assertThat(attack.quote()).isNotNull();
        assertThat(attack.quote().speaker()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void aQuotationBySomeoneWithNoPartInTheEventIsNotAttachedToIt() {
        DocumentOutcome.Coded coded = code("""
                Police arrested 30 protesters in Tbilisi on Tuesday.

                "The rain did not stop all week and the shops stayed shut," a tourist from Canada said.
                """);
        EventMention arrest = coded.mentions().stream().filter(m -> m.eventType() == PloverType.COERCE)
                .findFirst().orElseThrow();
        assertThat(coded.quotes()).hasSize(1);
        assertThat(coded.quotes().get(0).speaker()).isEqualTo("a tourist from Canada");
        assertThat(arrest.quote()).isNull();
    }

    @Test
    void aQuotationInTheEventsOwnSentenceIsItsQuote() {
        EventMention threat = code("\"We will strike back at any attacker,\" Iran's army chief warned Israel on "
                + "Monday.").mentions().stream().findFirst().orElseThrow();
        assertThat(threat.quote()).isNotNull();
        assertThat(threat.quote().text()).isEqualTo("We will strike back at any attacker,");
        assertThat(threat.quote().speaker()).isEqualTo("Iran's army chief");
    }
}
