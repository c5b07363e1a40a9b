package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.Events.mention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;

class KeyEventFuserTest {
    private final KeyEventFuser fuser = new KeyEventFuser();

    @Test
    void theSameHappeningInTwoArticlesIsOneEventWithBothMentions() {
        EventMention a = mention("a1", PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.REPORTED);
        EventMention b = mention("a2", PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.ASSERTED);
        EventMention other = mention("a2", PloverType.ASSAULT, "2025-11-17", "RUS", "UKR", Factuality.ASSERTED);

        List<Event> events = fuser.fuse(List.of(a, b, other));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).mentions()).hasSize(2);
        assertThat(events.get(0).articleCount()).isEqualTo(2);
        assertThat(events.get(1).mentions()).hasSize(1);
    }

    @Test
    void aPlannedMeetingIsNotTheMeetingThatHappened() {
        EventMention planned = mention("a1", PloverType.CONSULT, "2025-11-20", "USAGOV", "UKRGOV", Factuality.PLANNED);
        EventMention held = mention("a2", PloverType.CONSULT, "2025-11-20", "USAGOV", "UKRGOV", Factuality.ASSERTED);
        assertThat(KeyEventFuser.eventId(planned)).isNotEqualTo(KeyEventFuser.eventId(held));
    }

    @Test
    void idsAreStableAcrossRunsAndMachines() {
        EventMention m = mention("a1", PloverType.ASSAULT, "2025-11-18", "RUS", "UKR", Factuality.REPORTED);
        // a regression value: changing the key changes every stored id, so it must be a deliberate decision
        assertThat(KeyEventFuser.eventId(m)).isEqualTo(KeyEventFuser.eventId(m)).matches("e[0-9a-f]{16}")
                .isEqualTo("e" + sha16("ASSAULT|2025-11-18|RUS|UKR|happened"));
    }

    @Test
    void assignSetsTheEventIdOnEveryMention() {
        List<EventMention> out = fuser.assign(List.of(mention("a1", PloverType.ACCUSE, "2025-01-01", "USAGOV", "CHN",
                Factuality.ASSERTED)));
        assertThat(out).allMatch(m -> m.eventId() != null && m.eventId().startsWith("e"));
    }

    private static String sha16(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
