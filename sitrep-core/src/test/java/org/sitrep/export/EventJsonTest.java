package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.Events.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;

class EventJsonTest {
    @Test
    void writesEveryFieldOfTheEventRecordInAFixedOrder() throws Exception {
        EventMention m = mention("a1", PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.REPORTED);
        JsonNode json = new ObjectMapper().readTree(EventJson.write(m));

        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "event_id", "event_type", "mode", "context", "cameo", "actor", "recipient",
                "date", "location", "quantities", "casualties", "attribution", "factuality", "quotes", "evidence",
                "restatements", "confidence", "article");
        assertThat(json.at("/event_type").asText()).isEqualTo("ASSAULT");
        assertThat(json.at("/actor/0/code").asText()).isEqualTo("RUS");
        assertThat(json.at("/date/precision").asText()).isEqualTo("day");
        assertThat(json.at("/casualties/killed/min").asInt()).isEqualTo(9);
        assertThat(json.at("/casualties/injured").isNull()).isTrue();
        assertThat(json.at("/attribution/reported_by").asText()).isEqualTo("Wire");
        assertThat(json.at("/factuality").asText()).isEqualTo("reported");
        assertThat(json.at("/evidence/trigger").asText()).isEqualTo("did");
        assertThat(json.at("/article/published").asText()).isEqualTo("2025-11-18");
    }

    @Test
    void readsBackWhatItWrites() {
        EventMention m = mention("a1", PloverType.CONSULT, "2025-11-19", "USAGOV", "UKRGOV", Factuality.PLANNED)
                .withEventId("e0123456789abcdef");
        assertThat(EventJson.read(EventJson.write(m))).isEqualTo(m);
    }
    @Test
    void readsAnEventsQuotationsAndTheSingleQuoteOfRecordsWrittenBeforeTheList() throws Exception {
        org.sitrep.model.Quote said = new org.sitrep.model.Quote("We will rebuild every house", 10, 37, "the mayor",
                List.of("UKRGOV"));
        org.sitrep.model.Quote more = new org.sitrep.model.Quote("and every school in the city", 50, 78, "the mayor",
                List.of("UKRGOV"));
        EventMention m = mention("a1", PloverType.AID, "2025-11-19", "UKRGOV", "UKRCVL", Factuality.PLANNED)
                .withQuotes(List.of(said, more));
        assertThat(EventJson.read(EventJson.write(m)).quotes()).containsExactly(said, more);
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(EventJson.write(m));
        old.set("quote", old.get("quotes").get(0));
        old.remove("quotes");
        assertThat(EventJson.read(json.writeValueAsString(old)).quotes()).containsExactly(said);
    }
}
