package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.TimeExpression;

class TimeExpressionFinderTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 19);

    private static List<TimeExpression> find(String sentence, LocalDate published) {
        return TimeExpressionFinder.find(sentence, 0, sentence.length(), published);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Russia fired drones last night.|last night|2025-11-18|DAY",
            "Russia fired drones overnight.|overnight|2025-11-18|DAY",
            "Russia fired drones overnight into Wednesday.|Wednesday|2025-11-19|DAY",
            "The talks took place yesterday.|yesterday|2025-11-18|DAY",
            "He arrived in Kyiv today.|today|2025-11-19|DAY",
            "Officials met on Monday.|on Monday|2025-11-17|DAY",
            "Officials will meet on Monday.|on Monday|2025-11-24|DAY",
            "The summit is expected on Friday.|on Friday|2025-11-21|DAY",
            "The strike happened on Wednesday.|on Wednesday|2025-11-19|DAY",
            "They met last Wednesday.|last Wednesday|2025-11-12|DAY",
            "Troops arrived on 20 October.|on 20 October|2025-10-20|DAY",
            "The vote is due on 5 December.|on 5 December|2025-12-05|DAY",
            "The deal was signed on December 4.|on December 4|2024-12-04|DAY",
            "The deal was signed on Dec. 4, 2025.|on Dec. 4, 2025|2025-12-04|DAY",
            "The last meeting was in August.|in August|2025-08|MONTH",
            "Crimea was annexed in 2014.|in 2014|2014|YEAR",
            "The fighting began in April 2023.|in April 2023|2023-04|MONTH",
            "Earlier this month, unions held a strike.|Earlier this month|2025-11|MONTH",
            "They spoke last week.|last week|2025-11|MONTH",
            "The plant was hit last year.|last year|2024|YEAR",
            "It was founded two years ago.|two years ago|2023|YEAR",
            // a span reaching back from the article, at the precision it allows
            "Shelling has intensified in recent months.|in recent months|2025|YEAR",
            "Dozens were arrested in recent weeks.|in recent weeks|2025-11|MONTH",
            "Clashes spread over the past few days.|over the past few days|2025-11|MONTH",
            "Elections will be held next year.|next year|2026|YEAR",
            "The report was published on 2025-11-17.|2025-11-17|2025-11-17|DAY",
            // the cue of a plan dates what follows it, not the saying before it
            "Poland would close its border on Thursday, the minister said.|on Thursday|2025-11-20|DAY",
            "The minister said on Monday that Poland will close its border.|on Monday|2025-11-17|DAY",
            "The minister told reporters on Monday that Poland would close its border.|on Monday|2025-11-17|DAY",
            "On Friday, the ministers will meet in Brussels.|Friday|2025-11-21|DAY",
            // a past plan in a relative clause is no cue of the future
            "On Monday, police arrested two men who planned a robbery.|Monday|2025-11-17|DAY",
            "Police arrested a man, who financed and planned bombings, in a raid on Monday.|on Monday|2025-11-17|DAY",
            "A rally planned for Saturday was called off.|Saturday|2025-11-22|DAY"})
    void resolvesAgainstThePublicationDate(String sentence, String text, String value, DatePrecision precision) {
        List<TimeExpression> found = find(sentence, PUBLISHED);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo(text);
            assertThat(t.value()).isEqualTo(value);
            assertThat(t.precision()).isEqualTo(precision);
            assertThat(sentence.substring(t.start(), t.end())).isEqualTo(text);
        });
    }

    @Test
    void offsetsPointIntoTheWholeText() {
        String text = "Intro sentence. Russia attacked on Tuesday.";
        int start = text.indexOf("Russia");
        List<TimeExpression> found = TimeExpressionFinder.find(text, start, text.length(), PUBLISHED);
        assertThat(found).singleElement().satisfies(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo("on Tuesday"));
    }

    @Test
    void relativeExpressionsInAnUndatedArticleHaveNoValue() {
        assertThat(find("Russia fired drones yesterday.", null)).singleElement().satisfies(t -> {
            assertThat(t.value()).isNull();
            assertThat(t.precision()).isEqualTo(DatePrecision.UNKNOWN);
        });
        assertThat(find("The war began in April 2023.", null)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2023-04"));
    }

    @Test
    void ordinaryWordsAndNumbersAreNotDates() {
        assertThat(find("Protesters will march on the embassy; 2014 people may attend; shares fell 2025 points.", PUBLISHED))
                .isEmpty();
        assertThat(find("Officials may meet; the march was peaceful.", PUBLISHED)).isEmpty();
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertThat(find("It happened on 31 February.", PUBLISHED)).isEmpty();
    }

    @Test
    void aPastYearOrMonthOpeningTheSentenceIsADate() {
        assertThat(find("In 2016, rebels seized the port.", PUBLISHED)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2016"));
        assertThat(find("Since 2012, the army has held the valley.", PUBLISHED)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2012"));
        assertThat(find("The 2018 floods displaced thousands; the 2,000 troops stayed.", PUBLISHED)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2018"));
    }

    @Test
    void yearsAfterReckonsTheRecalledYear() {
        assertThat(find("The march comes five years after the coup.", PUBLISHED)).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(String.valueOf(PUBLISHED.getYear() - 5));
            assertThat(t.precision()).isEqualTo(DatePrecision.YEAR);
        });
        assertThat(find("A decade after the war ended, mines remain.", PUBLISHED)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo(String.valueOf(PUBLISHED.getYear() - 10)));
    }
}
