package org.sitrep.model;

/** People killed, injured, arrested or captured, and missing in an event; each part is null when not reported. */
public record Casualties(Count killed, Count injured, Count arrested, Count missing) {
    public static final Casualties NONE = new Casualties(null, null, null, null);

    public boolean isEmpty() {
        return killed == null && injured == null && arrested == null && missing == null;
    }

    /** This, with the parts it lacks taken from {@code other}. */
    public Casualties orElse(Casualties other) {
        return new Casualties(killed != null ? killed : other.killed, injured != null ? injured : other.injured,
                arrested != null ? arrested : other.arrested, missing != null ? missing : other.missing);
    }
}
