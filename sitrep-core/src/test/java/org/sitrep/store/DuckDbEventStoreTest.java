package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.testing.Events.mention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.KeyEventFuser;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;
import org.sitrep.model.Quote;
import org.sitrep.model.TextSpan;

class DuckDbEventStoreTest {
    @TempDir
    Path dir;

    private static Article article(String id) {
        String text = "Russia fired drones at Ukraine.";
        return new Article(id, "samples/" + id + ".txt", null, "Title", LocalDate.of(2025, 11, 19), null, "Wire", "en", text,
                List.of(new TextSpan(0, text.length())), List.of(), List.of());
    }

    private static List<EventMention> mentions(String articleId) {
        return new KeyEventFuser().assign(List.of(
                mention(articleId, PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.REPORTED),
                mention(articleId, PloverType.CONSULT, "2025-11-19", "USAGOV", "UKRGOV", Factuality.PLANNED)));
    }

    @Test
    void storesArticlesMentionsAndFusedEventsAndReadsThemBack() {
        Path file = dir.resolve("sub/dir/test.duckdb");
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            assertThat(store.store(article("a1"), mentions("a1"))).isTrue();
            assertThat(store.store(article("a2"), mentions("a2"))).isTrue();

            assertThat(store.count("articles")).isEqualTo(2);
            assertThat(store.count("mentions")).isEqualTo(4);
            assertThat(store.count("events")).isEqualTo(2); // the same two happenings told by both articles
            assertThat(store.mentions(List.of("a1"))).hasSize(2).allMatch(m -> m.article().id().equals("a1"));
            assertThat(store.mentions(List.of())).hasSize(4);
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void storesQuotationsWithTheirSpeakerAndTheEventTheyCommentOn() {
        Quote q = new Quote("We will answer this attack", 40, 66, "Volodymyr Zelensky", List.of("UKRGOV"));
        List<EventMention> ms = mentions("q1");
        List<EventMention> withQuote = List.of(ms.get(0).withQuotes(List.of(q)), ms.get(1));
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("quotes.duckdb"))) {
            store.storeAll(List.of(new DuckDbEventStore.Coded(article("q1"), withQuote, List.of(q))));

            assertThat(store.quotes("q1")).containsExactly(new DuckDbEventStore.StoredQuote(q, ms.get(0).id()));
            assertThat(store.count("quotes")).isEqualTo(1);
            assertThat(store.mentions(List.of("q1"))).filteredOn(m -> m.quote() != null)
                    .singleElement().satisfies(m -> assertThat(m.quote().speaker()).isEqualTo("Volodymyr Zelensky"));
        }
    }

    @Test
    void storesABatchInOneGoSkippingArticlesAlreadyThereOrTwiceInTheBatch() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("batch.duckdb"))) {
            store.store(article("a1"), mentions("a1"));

            int stored = store.storeAll(List.of(new DuckDbEventStore.Coded(article("a1"), mentions("a1")),
                    new DuckDbEventStore.Coded(article("a2"), mentions("a2")),
                    new DuckDbEventStore.Coded(article("a2"), mentions("a2")),
                    new DuckDbEventStore.Coded(article("a3"), mentions("a3"))));

            assertThat(stored).isEqualTo(2);
            assertThat(store.count("articles")).isEqualTo(3);
            assertThat(store.count("mentions")).isEqualTo(6);
            assertThat(store.count("events")).isEqualTo(2);
        }
    }

    @Test
    void aBatchLargerThanOneInsertKeepsEveryMention() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("large.duckdb"))) {
            List<DuckDbEventStore.Coded> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 70; i++) { // 140 mentions: three INSERT statements
                batch.add(new DuckDbEventStore.Coded(article("b" + i), mentions("b" + i)));
            }
            assertThat(store.storeAll(batch)).isEqualTo(70);
            assertThat(store.count("mentions")).isEqualTo(140);
            assertThat(store.mentions(List.of("b69"))).extracting(EventMention::eventType)
                    .containsExactlyInAnyOrder(PloverType.ASSAULT, PloverType.CONSULT);
        }
    }

    @Test
    void storingTheSameArticleAgainChangesNothing() {
        Path file = dir.resolve("test.duckdb");
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            store.store(article("a1"), mentions("a1"));
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            assertThat(store.store(article("a1"), mentions("a1"))).isFalse();
            assertThat(store.count("articles")).isEqualTo(1);
            assertThat(store.count("mentions")).isEqualTo(2);
            assertThat(store.count("events")).isEqualTo(2);
        }
    }

    @Test
    void anUnwritableLocationIsAClearError() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertThatThrownBy(() -> DuckDbEventStore.open(blocker.resolve("x.duckdb")))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot open the store")
                .hasMessageContaining("--db");
    }
}
