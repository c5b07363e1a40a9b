package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Unreadable;

/**
 * Reads files and directories (recursively, in sorted order, hidden files skipped) and standard input ({@code -}).
 * The format comes from the file name ({@code .html .htm .jsonl .ndjson .json .txt}, each optionally {@code .gz};
 * {@code .warc} and {@code .warc.gz} give their HTML response records; {@code .csv} with a header holding a
 * {@code text} or {@code html} column gives one article per row, Reuters-21578 {@code .sgm} one per record);
 * other names and standard input are sniffed from their first bytes. JSON lines files yield one document per
 * non-blank line with origin {@code path#line}.
 */
public final class PathSource implements Source {
    private final List<String> inputs;
    private final IngestConfig config;
    private final Supplier<InputStream> stdin;

    public PathSource(List<String> inputs, IngestConfig config, Supplier<InputStream> stdin) {
        this.inputs = List.copyOf(inputs);
        this.config = Objects.requireNonNull(config, "config");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    public PathSource(List<String> inputs) {
        this(inputs, IngestConfig.DEFAULTS, () -> System.in);
    }

    @Override
    public Stream<Ingested> documents() {
        return inputs.stream().flatMap(this::expand);
    }

    private Stream<Ingested> expand(String input) {
        if (input.equals("-")) {
            return fromStream("-", stdin.get(), null);
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            return Stream.of(new Unreadable(input, "no such file or directory. Check the path."));
        }
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(p -> !isHidden(path, p)).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                return Stream.of(new Unreadable(input, "cannot list directory: " + e.getMessage()));
            }
            return files.stream().flatMap(this::fromFile);
        }
        return fromFile(path);
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Stream<Ingested> fromFile(Path file) {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            String fileName = file.getFileName().toString();
            String lower = fileName.toLowerCase(Locale.ROOT);
            boolean collection = formatOf(fileName) == DocumentFormat.JSON_RECORD || WarcRecords.isWarc(fileName)
                    || lower.matches(".*\\.(csv|sgm)(\\.gz)?$");
            if (size > config.maxDocumentBytes() && !collection) {
                return Stream.of(tooLarge(origin, size));
            }
            return fromStream(origin, Files.newInputStream(file), file.getFileName().toString());
        } catch (IOException e) {
            return Stream.of(new Unreadable(origin, "cannot read file: " + e.getMessage()));
        }
    }

    private Unreadable tooLarge(String origin, long size) {
        return new Unreadable(origin, "document is " + size + " bytes, over the limit of "
                + config.maxDocumentBytes() + " bytes. Split it or raise the limit.");
    }

    /** Reads one input stream; {@code name} is its file name, or null for standard input. */
    private Stream<Ingested> fromStream(String origin, InputStream raw, String name) {
        if (name != null && WarcRecords.isWarc(name)) {
            return WarcRecords.read(origin, raw, config.maxDocumentBytes());
        }
        boolean gzip = name != null && name.toLowerCase(Locale.ROOT).endsWith(".gz");
        DocumentFormat format = name == null ? null : formatOf(name);
        byte[] bytes;
        String plain = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        try (InputStream in = gzip ? new GZIPInputStream(new BufferedInputStream(raw)) : raw) {
            if (format == DocumentFormat.JSON_RECORD) {
                return JsonLines.split(origin, in, config.maxDocumentBytes());
            }
            if (plain.endsWith(".csv")) {
                return CsvArticles.split(origin, in, config.maxDocumentBytes() * 64);
            }
            if (plain.endsWith(".sgm")) {
                return ReutersSgml.split(origin, in, config.maxDocumentBytes() * 64);
            }
            bytes = readLimited(in, config.maxDocumentBytes());
        } catch (DocumentTooLargeException e) {
            return Stream.of(tooLarge(origin, e.size));
        } catch (java.io.EOFException e) {
            return Stream.of(new Unreadable(origin, (gzip ? "truncated gzip file" : "truncated file")
                    + ": unexpected end of input. Re-download or re-compress it."));
        } catch (java.util.zip.ZipException e) {
            return Stream.of(new Unreadable(origin, "not a valid gzip file: " + e.getMessage()));
        } catch (IOException e) {
            return Stream.of(new Unreadable(origin, "cannot read: " + e.getMessage()));
        }
        if (format == null) {
            format = sniff(bytes);
            if (format == DocumentFormat.JSON_RECORD) {
                try {
                    return JsonLines.split(origin, new java.io.ByteArrayInputStream(bytes), config.maxDocumentBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
                }
            }
        }
        return Stream.of(RawDocument.of(origin, bytes, format));
    }

    /** The format a file name implies, or null when the content must be sniffed. */
    static DocumentFormat formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return DocumentFormat.HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return DocumentFormat.JSON_RECORD;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return DocumentFormat.TEXT;
        }
        return null;
    }

    /** Guesses the format from the first non-blank bytes: markup, a JSON object, or text. */
    static DocumentFormat sniff(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && bytes[i] == '{') {
            return DocumentFormat.JSON_RECORD;
        }
        if (i < bytes.length && bytes[i] == '<') {
            String head = new String(bytes, i, Math.min(512, bytes.length - i), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                    || head.contains("<head") || head.startsWith("<?xml")) {
                return DocumentFormat.HTML;
            }
        }
        return DocumentFormat.TEXT;
    }

    static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new DocumentTooLargeException(total);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static final class DocumentTooLargeException extends IOException {
        final long size;

        DocumentTooLargeException(long size) {
            super("document over the size limit");
            this.size = size;
        }
    }
}
