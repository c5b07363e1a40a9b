package org.sitrep.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Reuters-21578 gold against the corpus: every item's span has its SHA-1 (load refuses any other), ids are
 * rt-001..rt-120, each story is one Sitrep's own Reuters reader yields, and each sentence is found in that story's
 * text, so the articles suite can tell which events it holds; the same for the held-out second set (rh-001..rh-160,
 * none of its stories in the first set). Skipped when the shared corpus is absent. Only ids, dates and offsets are
 * compared here: the held-out items' sentences are never printed.
 */
class ReutersCodingSetIT {
    private static Path corpus() {
        String env = System.getenv("SITREP_DATA");
        Path data = env != null ? Path.of(env) : Path.of("..", "..", "shared", "data");
        Path p = data.resolve("corpora").resolve("reuters21578");
        assumeTrue(Files.isDirectory(p), "no Reuters-21578 corpus at " + p.toAbsolutePath()
                + " (set SITREP_DATA to the shared data folder)");
        return p;
    }

    @Test
    void everyItemMatchesTheCorpusAndItsStory() {
        ReutersCodingSet.Loaded set = ReutersCodingSet.load(corpus());
        assertThat(set.items()).hasSize(120);
        Set<String> ids = new HashSet<>();
        for (CodingSetEvaluation.Item i : set.items()) {
            ids.add(i.id());
            assertThat(i.date()).matches("1987-\\d\\d-\\d\\d");
            assertThat(i.text()).doesNotContain("&lt;").doesNotContain("\n");
            String story = ReutersCodingSet.storyText(set.storyOfItem().get(i.id()));
            assertThat(WikinewsCodingSet.locate(story, i.text())).as(i.id() + " in its story").isNotNull();
        }
        assertThat(ids).hasSize(120).contains("rt-001", "rt-120");
    }

    @Test
    void everyHeldOutItemMatchesTheCorpusAndItsStoryAndNoStoryIsInTheFirstSet() {
        ReutersCodingSet.Loaded held = ReutersCodingSet.load(corpus(), ReutersCodingSet.HOLDOUT);
        assertThat(held.items()).hasSize(160);
        Set<String> ids = new HashSet<>();
        Set<String> stories = new HashSet<>();
        for (CodingSetEvaluation.Item i : held.items()) {
            ids.add(i.id());
            assertThat(i.date()).matches("1987-\\d\\d-\\d\\d");
            assertThat(i.text()).doesNotContain("&lt;").doesNotContain("\n");
            stories.add(held.storyOfItem().get(i.id()).origin());
            String story = ReutersCodingSet.storyText(held.storyOfItem().get(i.id()));
            assertThat(WikinewsCodingSet.locate(story, i.text())).as(i.id() + " in its story").isNotNull();
        }
        assertThat(ids).hasSize(160).contains("rh-001", "rh-160");
        assertThat(stories).hasSize(80);
        ReutersCodingSet.Loaded first = ReutersCodingSet.load(corpus());
        Set<String> firstStories = new HashSet<>();
        first.storyOfItem().values().forEach(d -> firstStories.add(d.origin()));
        assertThat(firstStories).hasSize(60).doesNotContainAnyElementsOf(stories);
    }
}
