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
                "date", "location", "quantities", "casualties", "attribution", "factuality", "quote", "evidence",
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
}
