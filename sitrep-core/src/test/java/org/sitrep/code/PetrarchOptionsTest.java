package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PetrarchOptionsTest {
    @Test
    void optionsAreSetByTheirPetrarchNamesAndOthersChangeNothing() {
        PetrarchOptions o = PetrarchOptions.DEFAULTS.with("require_dyad", "False").with("COMMA_MAX", " 0 ")
                .with("comma_bmax", "6").with("new_actor_length", "4").with("stop_on_error", "True");

        assertThat(o).isEqualTo(new PetrarchOptions(false, 2, 0, 2, 8, 0, 6, 4));
        assertThat(PetrarchOptions.DEFAULTS).isEqualTo(new PetrarchOptions(true, 2, 8, 2, 8, 0, 0, 0));
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWithItsOption() {
        assertThatThrownBy(() -> PetrarchOptions.DEFAULTS.with("comma_min", "two"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comma_min");
        assertThatThrownBy(() -> PetrarchOptions.DEFAULTS.with("require_dyad", "yes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("require_dyad");
    }
}
