package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Issue 4: companies political news names as parties (companies.actors) are their country's businesses, and a
 * company's name is not read as a rank and a person. Invented sentences.
 */
class NamedCompaniesIT {

    @Test
    void aCompanyWhoseNameStartsWithARankIsABusinessNotAnArmy() {
        ResolvedArticle r = Nlp.resolve("1987-05-01", "General Motors agreed to sell its stake to a Japanese "
                + "rival on Friday.");
        assertThat(Nlp.codesOf(r, "General Motors")).containsExactly("USABUS");
    }

    @Test
    void sanctionedStateFirmsAreTheRecipientsOfTheSanctions() {
        List<EventMention> events = Nlp.code("2025-10-22", "The United States imposed sanctions on Rosneft and Lukoil "
                + "on Wednesday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.actor()).extracting(p -> p.code()).containsExactly("USA");
            assertThat(e.recipient()).extracting(p -> p.code()).containsExactly("RUSBUS", "RUSBUS");
        });
    }

    @Test
    void aDealBetweenNamedCompaniesIsNoPoliticalEvent() {
        assertThat(Nlp.code("2025-10-22", "Boeing agreed to supply Airbus with parts under a new contract."))
                .isEmpty();
        // a company cutting its ties with another is business too; with a state it is not
        assertThat(Nlp.code("1987-05-01", "In 1984 Toyota severed its ties with Lakeside Motor Corp, its local "
                + "distributor.")).isEmpty();
    }
}
