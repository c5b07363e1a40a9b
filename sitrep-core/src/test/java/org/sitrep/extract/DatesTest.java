package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-11-19|2025-11-19",
            "2025-12-02T21:40:00+03:00|2025-12-02",
            "2025/06/24 10:00|2025-06-24",
            "20251119T120000Z|2025-11-19",
            "19 November 2025|2025-11-19",
            "Nov 19, 2025|2025-11-19",
            "Wednesday, November 19, 2025|2025-11-19",
            "Wed, 19 Nov 2025 10:00:00 GMT|2025-11-19"})
    void readsCommonPublicationDateFormats(String text, LocalDate expected) {
        assertThat(Dates.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2025-02-30", "1066-10-14", "not a date"})
    void rejectsWhatIsNotAPlausibleDay(String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }
}
