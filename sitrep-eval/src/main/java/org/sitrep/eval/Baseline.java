package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The evaluation gate: committed floors ({@code baseline.properties}, keys {@code <area>.<suite>.<metric>}) that a
 * score may not fall below. Lowering a floor is a visible, deliberate diff of that file.
 */
public final class Baseline {
    private final Properties floors;

    private Baseline(Properties floors) {
        this.floors = floors;
    }

    public static Baseline load() {
        Properties p = new Properties();
        try (InputStream in = Baseline.class.getResourceAsStream("baseline.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Baseline(p);
    }

    /** Metrics below their floor, as "metric 0.91 < floor 0.95"; empty when the gate passes. */
    public List<String> failures(String area, String suite, Map<String, Object> metrics) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : metrics.entrySet()) {
            String floor = floors.getProperty(area + "." + suite + "." + e.getKey());
            if (floor != null && e.getValue() instanceof Number n && n.doubleValue() < Double.parseDouble(floor)) {
                out.add(e.getKey() + " " + n + " < floor " + floor);
            }
        }
        return out;
    }

    /** The floors set for a suite, for reports. */
    public boolean hasFloors(String area, String suite) {
        String prefix = area + "." + suite + ".";
        return floors.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix));
    }
}
