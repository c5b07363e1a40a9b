package org.sitrep.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.code.EventPattern;
import org.sitrep.code.PatternDictionary;
import org.sitrep.code.PetrarchVerbReader;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.ActorDictionaryReader;
import org.sitrep.resolve.ActorEntry;
import org.sitrep.resolve.DictionaryException;
import org.sitrep.resolve.PetrarchActorReader;

/**
 * Which dictionaries a pipeline codes with: Sitrep's built-in ones (or not), the user's files in Sitrep's formats
 * ({@code docs/dictionaries.md}), and PETRARCH/Phoenix actor, agent, verb and discard files, alongside or instead of
 * ours.
 *
 * @param builtIn          include Sitrep's own actor and pattern dictionaries
 * @param actorFiles       extra actor dictionaries, Sitrep format
 * @param patternFiles     extra pattern files named {@code <type>.patterns}
 * @param petrarchActors   PETRARCH actor dictionaries ({@code *.actors.txt})
 * @param petrarchAgents   PETRARCH agent dictionaries ({@code *.agents.txt})
 * @param petrarchVerbs    PETRARCH verb dictionaries ({@code CAMEO.2.0.txt} format)
 * @param petrarchDiscards PETRARCH discard lists
 */
public record Dictionaries(boolean builtIn, List<Path> actorFiles, List<Path> patternFiles, List<Path> petrarchActors,
                           List<Path> petrarchAgents, List<Path> petrarchVerbs, List<Path> petrarchDiscards) {
    public Dictionaries {
        actorFiles = List.copyOf(actorFiles);
        patternFiles = List.copyOf(patternFiles);
        petrarchActors = List.copyOf(petrarchActors);
        petrarchAgents = List.copyOf(petrarchAgents);
        petrarchVerbs = List.copyOf(petrarchVerbs);
        petrarchDiscards = List.copyOf(petrarchDiscards);
    }

    /** Sitrep's own dictionaries only. */
    public static Dictionaries builtInOnly() {
        return new Dictionaries(true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Sitrep's own dictionaries plus the user's files in Sitrep's formats. */
    public static Dictionaries builtInPlus(List<Path> actorFiles, List<Path> patternFiles) {
        return new Dictionaries(true, actorFiles, patternFiles, List.of(), List.of(), List.of(), List.of());
    }

    /** A PETRARCH dictionary set only, as PETRARCH itself would load it. */
    public static Dictionaries petrarchOnly(List<Path> actors, List<Path> agents, List<Path> verbs, List<Path> discards) {
        return new Dictionaries(false, List.of(), List.of(), actors, agents, verbs, discards);
    }

    /** The actor dictionary these files make. */
    public ActorDictionary actorDictionary() {
        List<ActorEntry> all = new ArrayList<>(builtIn ? ActorDictionary.defaults().entries() : List.of());
        for (Path f : actorFiles) {
            all.addAll(read(f, "actor dictionary", in -> ActorDictionaryReader.read(in, f.toString())));
        }
        for (Path f : petrarchActors) {
            all.addAll(read(f, "PETRARCH actor dictionary", in -> PetrarchActorReader.readActors(in, f.toString())));
        }
        for (Path f : petrarchAgents) {
            all.addAll(read(f, "PETRARCH agent dictionary", in -> PetrarchActorReader.readAgents(in, f.toString())));
        }
        if (all.isEmpty()) {
            throw new DictionaryException("(dictionaries)", "no actor dictionary: give actor files or keep the built-in ones");
        }
        return new ActorDictionary(all);
    }

    /** The pattern dictionary these files make. */
    public PatternDictionary patternDictionary() {
        PatternDictionary base = builtIn ? PatternDictionary.defaults() : null;
        List<EventPattern> patterns = new ArrayList<>(base == null ? List.of() : base.patterns());
        List<List<String>> discards = new ArrayList<>(base == null ? List.of() : base.discards());
        for (Path f : patternFiles) {
            patterns.addAll(read(f, "pattern file", in -> PatternDictionary.read(in, f.getFileName().toString())));
        }
        for (Path f : petrarchVerbs) {
            patterns.addAll(read(f, "PETRARCH verb dictionary", in -> PetrarchVerbReader.read(in, f.toString())));
        }
        for (Path f : petrarchDiscards) {
            discards.addAll(read(f, "PETRARCH discard list", Dictionaries::petrarchDiscards));
        }
        if (patterns.isEmpty()) {
            throw new DictionaryException("(dictionaries)", "no event patterns: give verb files or keep the built-in ones");
        }
        return new PatternDictionary(patterns, discards);
    }

    /** PETRARCH discards: one phrase per line, {@code +} marking story-level ones (read as sentence-level here). */
    static List<List<String>> petrarchDiscards(InputStream in) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r?\n")) {
            int hash = line.indexOf('#');
            String t = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (t.startsWith("+")) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("<!--")) {
                continue;
            }
            out.add(Arrays.asList(t.toLowerCase(Locale.ROOT).replace('_', ' ').split("\\s+")));
        }
        return out;
    }

    private interface Reader<T> {
        List<T> read(InputStream in) throws IOException;
    }

    private static <T> List<T> read(Path f, String what, Reader<T> reader) {
        if (!Files.isRegularFile(f)) {
            throw new DictionaryException(f.toString(), "no such " + what);
        }
        try (InputStream in = Files.newInputStream(f)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + f + ": " + e.getMessage(), e);
        }
    }
}
