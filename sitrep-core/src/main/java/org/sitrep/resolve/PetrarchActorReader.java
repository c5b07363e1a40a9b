package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH/Phoenix actor and agent dictionaries ({@code dictionaries-format.rst} in the PETRARCH project)
 * into Sitrep's {@link ActorEntry}s, so PETRARCH users can bring their dictionaries. Actor records
 * ({@code PHRASE [CODE]}, {@code +SYNONYM}, tab-indented {@code [CODE date-date]} restrictions; {@code [A/B/C]} for
 * a phrase naming several actors at once) become persons when
 * they carry date restrictions, countries when their code is three letters, organisations otherwise; agents
 * ({@code PHRASE {plural} [~CODE]}, with {@code !SUBSTITUTION!} sets) become sector nouns. Words joined by
 * underscores or blanks are read as consecutive words; plurals come from Sitrep's lemma matching.
 */
public final class PetrarchActorReader {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RESTRICTION = Pattern.compile(
            "\\[\\s*([A-Za-z]+)\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*\\]");

    private PetrarchActorReader() {
    }

    /** Reads an actor dictionary ({@code *.actors.txt}). */
    public static List<ActorEntry> readActors(InputStream in, String fileName) throws IOException {
        List<ActorEntry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            String defaultCode = null;
            List<String> names = new ArrayList<>();
            List<Role> roles = new ArrayList<>();
            String line;
            int n = 0;
            boolean inComment = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.contains("<!--")) {
                    inComment = !line.contains("-->");
                    continue;
                }
                if (inComment) {
                    inComment = !line.contains("-->");
                    continue;
                }
                String content = stripComment(line);
                if (content.isBlank()) {
                    continue;
                }
                if (content.startsWith("\t") || content.startsWith(" ") && content.strip().startsWith("[")) {
                    Matcher m = RESTRICTION.matcher(content);
                    Role role = m.find() && name != null ? role(m, fileName + ":" + n) : null;
                    if (role != null) {
                        roles.add(role);
                    }
                    continue;
                }
                if (content.startsWith("+")) {
                    names.add(phrase(content.substring(1)));
                    continue;
                }
                if (name != null) {
                    add(out, name, defaultCode, names, roles, fileName);
                }
                Matcher m = CODE.matcher(content);
                defaultCode = m.find() ? m.group(1).strip().toUpperCase(Locale.ROOT) : null;
                name = phrase(m.reset().find() ? content.substring(0, m.start()) : content);
                names = new ArrayList<>();
                names.add(name);
                roles = new ArrayList<>();
            }
            if (name != null) {
                add(out, name, defaultCode, names, roles, fileName);
            }
        }
        return out;
    }

    private static void add(List<ActorEntry> out, String name, String code, List<String> names, List<Role> roles,
                            String where) {
        if ((code == null || code.isEmpty()) && roles.isEmpty() || name.isBlank()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (code != null && code.contains("/")) { // "THE_SHIRE [FRO/BIL/SAM]": three actors at once
            for (String part : code.split("/")) {
                if (part.strip().matches("[A-Z]{3}([A-Z]{3})*")) {
                    parts.add(part.strip());
                }
            }
            code = parts.size() < 2 ? code : String.join("", parts);
            if (parts.size() < 2) {
                parts.clear();
            }
        }
        if (code != null && !code.matches("[A-Z]{3}([A-Z]{3})*")) {
            code = code.replaceAll("[^A-Z]", "");
            code = code.length() < 3 ? null : code.substring(0, code.length() - code.length() % 3);
        }
        ActorEntry.Type type = !roles.isEmpty() ? ActorEntry.Type.PERSON
                : code != null && code.length() == 3 ? ActorEntry.Type.COUNTRY : ActorEntry.Type.ORGANISATION;
        List<Role> all = new ArrayList<>(roles);
        if (type == ActorEntry.Type.PERSON && code != null) {
            all.add(new Role(code, "default", null, null)); // the default code, outside every restriction
        }
        out.add(new ActorEntry(titleCase(name), type, type == ActorEntry.Type.PERSON ? null : code, names, List.of(),
                List.of(), Map.of(), all, false, null, where, type == ActorEntry.Type.PERSON ? List.of() : parts));
    }

    /**
     * One date restriction, or null when a date in it is no calendar date: the published Phoenix dictionaries hold a
     * few typos ("2004017", "201005011", "1920030320", periods that end before they start); such a line is left out and the entry keeps its other
     * roles and its default code.
     */
    private static Role role(Matcher m, String where) {
        String code = m.group(1).toUpperCase(Locale.ROOT);
        if (m.group(2) != null) {
            LocalDate d = date(m.group(3));
            if (d == null) {
                return null;
            }
            return m.group(2).equals("<") ? new Role(code, "until", null, d) : new Role(code, "from", d, null);
        }
        if (m.group(4) != null) {
            LocalDate from = date(m.group(4));
            LocalDate until = date(m.group(5));
            return from == null || until == null || until.isBefore(from) ? null : new Role(code, "period", from, until);
        }
        return new Role(code, "default", null, null);
    }

    /** YYYYMMDD, or YYMMDD read as 19YY or 20YY (the nearer past); null for anything else. */
    static LocalDate date(String d) {
        if (d.length() != 6 && d.length() != 8) {
            return null;
        }
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            int year = yy <= LocalDate.now().getYear() % 100 ? 2000 + yy : 1900 + yy;
            d = year + d.substring(2);
        }
        try {
            return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6, 8)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Reads an agent dictionary ({@code *.agents.txt}) as sector entries, one per code. */
    public static List<ActorEntry> readAgents(InputStream in, String fileName) throws IOException {
        Map<String, List<String>> nounsByCode = new LinkedHashMap<>();
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String content = stripComment(line).strip();
                if (content.isEmpty() || content.startsWith("<!--")) {
                    continue;
                }
                if (content.startsWith("!") && content.contains("=")) {
                    String marker = content.substring(0, content.indexOf('=')).strip();
                    List<String> items = new ArrayList<>();
                    for (String s : content.substring(content.indexOf('=') + 1).split(",")) {
                        items.add(s.strip());
                    }
                    substitutions.put(marker, items);
                    continue;
                }
                Matcher m = CODE.matcher(content);
                if (!m.find()) {
                    continue;
                }
                String raw = m.group(1).strip().toUpperCase(Locale.ROOT);
                String sector = raw.replace("~", "").replaceAll("[^A-Z]", "");
                if (sector.length() < 3) {
                    continue;
                }
                // "~GOVFRM" is added after the actor code whole (ARNGOVFRM); an agent code put before it ("NGO~")
                // keeps its first block
                sector = raw.startsWith("~") ? sector.substring(0, sector.length() - sector.length() % 3)
                        : sector.substring(0, 3);
                String phrase = content.substring(0, m.start()).replaceAll("\\{[^}]*\\}", "").strip();
                for (String expanded : expand(phrase, substitutions)) {
                    nounsByCode.computeIfAbsent(sector, k -> new ArrayList<>()).add(phrase(expanded).toLowerCase(Locale.ROOT));
                }
            }
        }
        List<ActorEntry> out = new ArrayList<>();
        nounsByCode.forEach((code, nouns) -> out.add(new ActorEntry("agents " + code, ActorEntry.Type.SECTOR, code,
                List.of(), List.of(), nouns, Map.of(), List.of(), false, null, fileName)));
        return out;
    }

    private static List<String> expand(String phrase, Map<String, List<String>> substitutions) {
        for (Map.Entry<String, List<String>> e : substitutions.entrySet()) {
            if (phrase.contains(e.getKey())) {
                List<String> out = new ArrayList<>();
                for (String item : e.getValue()) {
                    out.addAll(expand(phrase.replace(e.getKey(), item), substitutions));
                }
                return out;
            }
        }
        return List.of(phrase);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        int semi = line.indexOf(';');
        int cut = line.length();
        if (hash >= 0) {
            cut = hash;
        }
        if (semi >= 0 && semi < cut) {
            cut = semi;
        }
        return line.substring(0, cut);
    }

    /** "PRESIDENT_GEORGE_W._BUSH_" -> "PRESIDENT GEORGE W. BUSH", matched case-insensitively via lower case words. */
    private static String phrase(String raw) {
        String p = raw.strip().replace('_', ' ').replaceAll("\\s+", " ").strip();
        return p.toLowerCase(Locale.ROOT);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
