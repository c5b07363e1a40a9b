package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads Sitrep's actor dictionary format ({@code docs/dictionaries.md}). Format errors name file and line. */
public final class ActorDictionaryReader {
    private static final Set<String> KEYS = Set.of("type", "code", "names", "adjectives", "nouns", "metonyms", "role",
            "weak", "wikidata", "note");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})*");
    private static final Pattern WIKIDATA = Pattern.compile("Q\\d+");

    private ActorDictionaryReader() {
    }

    public static List<ActorEntry> read(InputStream in, String fileName) throws IOException {
        List<ActorEntry> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Builder current = null;
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String where = fileName + ":" + lineNumber;
                String content = stripComment(line);
                if (content.isBlank()) {
                    continue;
                }
                if (content.startsWith("+")) {
                    if (current != null) {
                        out.add(current.build());
                    }
                    String name = content.substring(1).strip();
                    if (name.isEmpty()) {
                        throw new DictionaryException(where, "an entry header '+' needs a name");
                    }
                    current = new Builder(name, where);
                    continue;
                }
                if (!Character.isWhitespace(content.charAt(0))) {
                    throw new DictionaryException(where, "expected '+ name' or an indented 'key: value' line, got '"
                            + content.strip() + "'");
                }
                if (current == null) {
                    throw new DictionaryException(where, "a 'key: value' line before the first '+ name' entry");
                }
                int colon = content.indexOf(':');
                if (colon < 0) {
                    throw new DictionaryException(where, "expected 'key: value', got '" + content.strip() + "'");
                }
                String key = content.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = content.substring(colon + 1).strip();
                if (!KEYS.contains(key)) {
                    throw new DictionaryException(where, "unknown key '" + key + "' (known: " + String.join(", ",
                            new java.util.TreeSet<>(KEYS)) + ")");
                }
                current.set(key, value, where);
            }
            if (current != null) {
                out.add(current.build());
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(";")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD as the first ({@code atStart}) or last day it covers. */
    static LocalDate date(String text, boolean atStart, String where) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return atStart ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return atStart ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return LocalDate.parse(t);
        } catch (RuntimeException e) {
            throw new DictionaryException(where, "'" + t + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    private static final class Builder {
        private final String name;
        private final String where;
        private ActorEntry.Type type;
        private String code;
        private final List<String> names = new ArrayList<>();
        private final List<String> adjectives = new ArrayList<>();
        private final List<String> nouns = new ArrayList<>();
        private final Map<String, String> metonyms = new LinkedHashMap<>();
        private final List<Role> roles = new ArrayList<>();
        private boolean weak;
        private String wikidata;

        Builder(String name, String where) {
            this.name = name;
            this.where = where;
        }

        void set(String key, String value, String at) {
            switch (key) {
                case "type" -> {
                    try {
                        type = ActorEntry.Type.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new DictionaryException(at, "unknown type '" + value
                                + "' (country, organisation, group, person, seat, sector)");
                    }
                }
                case "code" -> {
                    if (!CODE.matcher(value).matches()) {
                        throw new DictionaryException(at, "code '" + value + "' is not 3-letter upper-case blocks");
                    }
                    code = value;
                }
                case "names" -> names.addAll(list(value));
                case "adjectives" -> adjectives.addAll(list(value));
                case "nouns" -> nouns.addAll(list(value));
                case "metonyms" -> {
                    for (String item : list(value)) {
                        int eq = item.lastIndexOf('=');
                        if (eq < 0) {
                            throw new DictionaryException(at, "metonym '" + item + "' needs '= CODE'");
                        }
                        String c = item.substring(eq + 1).strip();
                        if (!CODE.matcher(c).matches()) {
                            throw new DictionaryException(at, "metonym code '" + c + "' is not 3-letter blocks");
                        }
                        metonyms.put(item.substring(0, eq).strip(), c);
                    }
                }
                case "role" -> {
                    String[] parts = value.split("\\|", -1);
                    if (parts.length != 4) {
                        throw new DictionaryException(at, "role needs 'CODE | title | start | end', got '" + value + "'");
                    }
                    String c = parts[0].strip();
                    if (!CODE.matcher(c).matches()) {
                        throw new DictionaryException(at, "role code '" + c + "' is not 3-letter blocks");
                    }
                    LocalDate start = date(parts[2], true, at);
                    LocalDate end = date(parts[3], false, at);
                    if (start != null && end != null && end.isBefore(start)) {
                        throw new DictionaryException(at, "role ends before it starts");
                    }
                    roles.add(new Role(c, parts[1].strip(), start, end));
                }
                case "weak" -> weak = value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true");
                case "wikidata" -> {
                    if (!WIKIDATA.matcher(value).matches()) {
                        throw new DictionaryException(at, "wikidata id '" + value + "' is not Q followed by digits");
                    }
                    wikidata = value;
                }
                case "note" -> {
                    // for maintainers only
                }
                default -> throw new IllegalStateException(key);
            }
        }

        ActorEntry build() {
            if (type == null) {
                throw new DictionaryException(where, "entry '" + name + "' has no type");
            }
            if (type != ActorEntry.Type.PERSON && code == null) {
                throw new DictionaryException(where, "entry '" + name + "' has no code");
            }
            if (type == ActorEntry.Type.PERSON && roles.isEmpty() && code == null) {
                throw new DictionaryException(where, "person '" + name + "' has neither a role nor a code");
            }
            if (type == ActorEntry.Type.SECTOR && nouns.isEmpty()) {
                throw new DictionaryException(where, "sector entry '" + name + "' has no nouns");
            }
            List<String> allNames = new ArrayList<>(names);
            if (allNames.isEmpty() && type != ActorEntry.Type.SECTOR) {
                allNames.add(name);
            }
            return new ActorEntry(name, type, code, allNames, adjectives, nouns, metonyms, roles, weak, wikidata,
                    where);
        }
    }
}
