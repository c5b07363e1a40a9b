package org.sitrep.annotate;

import java.util.Set;

/** English verbs whose complement is a gerund ("denied detaining", "stopped sending", "resumed shelling"). */
public final class Gerunds {
    private Gerunds() {
    }

    /** Their lemmas. */
    public static final Set<String> TAKING_VERBS = Set.of("deny", "admit", "avoid", "stop", "start", "begin",
            "continue", "resume", "halt", "suspend", "keep", "finish", "risk", "recall", "consider", "discuss",
            "propose", "suggest", "recommend", "end", "quit", "postpone", "delay", "acknowledge", "confirm");
}
