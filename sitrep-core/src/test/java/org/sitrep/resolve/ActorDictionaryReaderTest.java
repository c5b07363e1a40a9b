package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryReaderTest {
    private static List<ActorEntry> read(String text) throws IOException {
        return ActorDictionaryReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.actors");
    }

    @Test
    void readsEntriesWithListsMetonymsAndDatedRoles() throws IOException {
        List<ActorEntry> entries = read("""
                # a comment
                + Ukraine
                  type: country
                  code: UKR   # trailing comment
                  names: Ukraine
                  adjectives: Ukrainian
                  metonyms: Kyiv = UKRGOV; Kiev = UKRGOV
                  wikidata: Q212

                + Volodymyr Zelensky
                  type: person
                  names: Volodymyr Zelensky; Zelensky; Zelenskyy
                  role: UKRCVL | actor | | 2019-05
                  role: UKRGOV | President of Ukraine | 2019-05-20 |
                """);

        assertThat(entries).hasSize(2);
        ActorEntry ukraine = entries.get(0);
        assertThat(ukraine.metonyms()).containsEntry("Kyiv", "UKRGOV").containsEntry("Kiev", "UKRGOV");
        assertThat(ukraine.adjectives()).containsExactly("Ukrainian");
        ActorEntry zelensky = entries.get(1);
        assertThat(zelensky.roles()).hasSize(2);
        assertThat(zelensky.roles().get(0).end()).isEqualTo(LocalDate.of(2019, 5, 31));
        assertThat(zelensky.roles().get(1).start()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(zelensky.roles().get(1).end()).isNull();
    }

    @Test
    void formatErrorsNameTheFileAndLine() {
        assertThatThrownBy(() -> read("+ X\n  type: country\n  code: X1\n"))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("test.actors:3").hasMessageContaining("code 'X1'");
        assertThatThrownBy(() -> read("+ X\n  type: country\n  colour: red\n"))
                .hasMessageContaining("test.actors:3").hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> read("+ X\n  type: person\n  role: USAGOV | president | 2020-01-01 | 2019-01-01\n"))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> read("  names: Orphan\n")).hasMessageContaining("before the first '+ name'");
        assertThatThrownBy(() -> read("+ X\n  code: ABC\n")).hasMessageContaining("has no type");
    }
}
