package org.sitrep.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.EvaluationException;

class Petr2ValidationRecordTest {
    @Test
    void recordsAreReadFromTheSelfClosedSentenceLinesThatFollowTheirCodingsAndText() {
        List<PetrarchUnitRecord> records = Petr2ValidationRecord.parse(List.of(
                "<Validation>",
                "# a comment line that is no XML",
                "<Sentences>",
                "<Sentence category=\"AFP\" date=\"20240312\" id=\"A_1\" evaluate=\"true\"/>",
                "<!-- PATTERN * MEET -->",
                "<EventCoding eventcode=\"040\" sourcecode=\"FRE\" targetcode=\"SYL\" />",
                "<EventCoding eventcode=\"040\" sourcecode=\"SYL\" targetcode=\"FRE\" />",
                "<Text>",
                "Freedonia and Sylvania met in Geneva &amp; agreed",
                "to talk again.",
                "</Text>",
                "<Parse>",
                "1\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t3\tnsubj\t_\t_",
                "</Parse>",
                "</Sentence>",
                "<Sentence category=\"TEST\" date=\"240313\" id=\"B_2\" evaluate=\"true\"/>",
                "<EventCoding noevents=\"True\" />",
                "<Text>",
                "</Text>",
                "<Parse>",
                "1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_",
                "2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
                "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
                "</Parse>",
                "<Sentence category=\"TEST\" date=\"20240314\" id=\"C_3\" evaluate=\"false\"/>",
                "<Text>Skipped.</Text>",
                "</Sentences>"), "test.xml");

        assertThat(records).extracting(PetrarchUnitRecord::id).containsExactly("A_1", "B_2", "C_3");
        PetrarchUnitRecord first = records.get(0);
        assertThat(first.text()).isEqualTo("Freedonia and Sylvania met in Geneva & agreed to talk again.");
        assertThat(first.date()).isEqualTo("2024-03-12");
        assertThat(first.codings()).containsExactly(new PetrarchUnitRecord.Coding("FRE", "SYL", "040"),
                new PetrarchUnitRecord.Coding("SYL", "FRE", "040"));
        assertThat(first.active()).isTrue();
        PetrarchUnitRecord second = records.get(1);
        assertThat(second.noEvents()).isTrue();
        assertThat(second.date()).isEqualTo("2024-03-13"); // YYMMDD
        assertThat(second.text()).isEqualTo("Rain fell."); // an empty <Text> is rebuilt from the parse
        assertThat(records.get(2).active()).isFalse();
        assertThat(records.get(2).text()).isEqualTo("Skipped.");
    }

    @Test
    void aSentenceWithoutADateIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> Petr2ValidationRecord.parse(List.of(
                "<Sentence category=\"AFP\" id=\"X\" evaluate=\"true\"/>", "<Text>Words.</Text>"), "bad.xml"))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("bad.xml:1");
    }
}
