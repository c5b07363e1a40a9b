package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.Events.mention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;

class SituationReportTest {
    @Test
    void countsOnlyWhatHappenedAndListsTheRestApart() {
        String report = SituationReport.render(List.of(
                mention("a1", PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.REPORTED),
                mention("a2", PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.ASSERTED),
                mention("a1", PloverType.CONSULT, "2025-11-20", "USAGOV", "RUSGOV", Factuality.EXPECTED),
                mention("a1", PloverType.ACCUSE, "2025-11-19", "UKRGOV", "RUS", Factuality.ASSERTED)));

        assertThat(report).contains("2 articles, 4 event mentions, 3 events (2 happened, 1 planned");
        assertThat(report).containsPattern("ASSAULT\\s+1").containsPattern("ACCUSE\\s+1");
        assertThat(report).containsPattern("RUS -> UKR\\s+1");
        assertThat(report).containsPattern("2025-11-18\\s+1 #");
        String events = report.substring(report.indexOf("\nEVENTS\n"), report.indexOf("NOT COUNTED"));
        assertThat(events).contains("ASSAULT").contains("RUS -> UKR").contains("Kyiv, UKR").contains("killed >=9")
                .contains("518 drones and missiles").contains("source: officials").contains("2 articles")
                .doesNotContain("CONSULT");
        assertThat(report.substring(report.indexOf("NOT COUNTED"))).contains("CONSULT").contains("expected");
    }

    @Test
    void aStrikeToldByTwoArticlesCountsItsDeadOnceAndAnExpectedEventNotAtAll() {
        String report = SituationReport.render(List.of(
                mention("a1", PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.REPORTED),
                mention("a2", PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.CLAIMED),
                mention("a1", PloverType.CONSULT, "2025-11-20", "USAGOV", "RUSGOV", Factuality.EXPECTED)));

        String casualties = report.substring(report.indexOf("CASUALTIES"), report.indexOf("\nEVENTS\n"));
        assertThat(casualties).containsPattern("killed\\s+9\\s+\\(1 count\\)").doesNotContain("injured");
    }

    @Test
    void longEvidenceIsShortenedAtAWord() {
        String s = "word ".repeat(60).strip();
        assertThat(SituationReport.shorten(s)).hasSizeLessThanOrEqualTo(110).endsWith("...");
    }

    @Test
    void anEmptyStoreSaysSo() {
        assertThat(SituationReport.render(List.of())).contains("0 articles, 0 event mentions").contains("none")
                .contains("CASUALTIES (happened, at least)\n  none");
    }
}
