package org.sitrep.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.code.PetrarchOptions;

class PetrarchUnitRecordTest {
    @TempDir
    Path dir;

    @Test
    void errorCodingsExpectNothingCodedAndBrokenParseTreesAreLeftOut() throws IOException {
        Path file = dir.resolve("PETR.UnitTest.records.xml");
        Files.writeString(file, """
                <Validation><Sentences>
                <Sentence date="20200101" id="T-1" category="DEMO" sentence="true">
                <EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
                <Text>Aland praised Borduria.</Text>
                </Sentence>
                <Sentence date = "20200102" id ="T-2" category="ERROR" sentence="true">
                <EventCoding error="sentencediscard"></EventCoding>
                <Text>Aland praised the Borduria cricket team.</Text>
                </Sentence>
                <Sentence date="20200103" id="T-3" category="ERROR" sentence="true">
                <EventCoding error="bad_input_parse"></EventCoding>
                <Text>Aland praised Borduria.</Text>
                </Sentence>
                </Sentences></Validation>
                """, StandardCharsets.UTF_8);

        List<PetrarchUnitRecord> records = PetrarchUnitRecord.read(dir);

        assertThat(records).extracting(PetrarchUnitRecord::id).containsExactly("T-1", "T-2", "T-3");
        assertThat(records.get(0).codings()).containsExactly(new PetrarchUnitRecord.Coding("AAA", "BBB", "042"));
        assertThat(records.get(1).codings()).isEmpty();
        assertThat(records.get(1).noEvents()).isTrue();
        assertThat(records.get(1).active()).isTrue();
        assertThat(records.get(1).date()).isEqualTo("2020-01-02");
        assertThat(records.get(2).active()).isFalse();
    }

    @Test
    void configElementsHoldForTheRecordsAfterThemUntilSetAgain() throws IOException {
        Files.writeString(dir.resolve("PETR.UnitTest.records.xml"), """
                <Validation><Environment><Config option="stop_on_error" value="True"></Config></Environment>
                <Sentences>
                <Sentence date="20200101" id="T-1" category="DEMO" sentence="true">
                <EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
                <Text>Aland praised Borduria.</Text>
                </Sentence>
                <Config option="require_dyad" value="false"></Config>
                <Config option="comma_emax" value="0"></Config>
                <Sentence date="20200102" id="T-2" category="DEMO" sentence="true">
                <EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
                <Text>Aland praised Borduria, an official said.</Text>
                </Sentence>
                <Config option="REQUIRE_DYAD" value="TRUE"></Config>
                <Sentence date="20200103" id="T-3" category="DEMO" sentence="true">
                <EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
                <Text>Aland praised Borduria.</Text>
                </Sentence>
                </Sentences></Validation>
                """, StandardCharsets.UTF_8);

        List<PetrarchUnitRecord> records = PetrarchUnitRecord.read(dir);

        assertThat(PetrarchUnitEvaluation.options(records.get(0))).isEqualTo(PetrarchOptions.DEFAULTS);
        assertThat(PetrarchUnitEvaluation.options(records.get(1)))
                .isEqualTo(new PetrarchOptions(false, 2, 8, 2, 0, 0, 0, 0));
        assertThat(PetrarchUnitEvaluation.options(records.get(2)))
                .isEqualTo(new PetrarchOptions(true, 2, 8, 2, 0, 0, 0, 0));
    }
}
