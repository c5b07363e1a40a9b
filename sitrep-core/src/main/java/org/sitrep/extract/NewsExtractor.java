package org.sitrep.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.ExtractionResult.Extracted;
import org.sitrep.model.ExtractionResult.Failed;
import org.sitrep.model.ExtractionResult.Skipped;
import org.sitrep.model.RawDocument;

/**
 * The extractor for every supported format: dated scraped text, HTML pages and JSON records with either
 * {@code text} or {@code html}. Record and container metadata (URL, date, title) win over what a page says.
 */
public final class NewsExtractor implements Extractor {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ExtractionResult extract(RawDocument document) {
        try {
            return extractOrThrow(document);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Failed(document.origin(), "extraction failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private ExtractionResult extractOrThrow(RawDocument document) {
        byte[] bytes = document.content();
        String origin = document.origin();
        if (isBlank(bytes)) {
            return new Skipped(origin, bytes.length == 0 ? "empty file" : "only white space");
        }
        if (TextDecoder.looksBinary(bytes)) {
            return new Skipped(origin, "binary content, not text (" + bytes.length + " bytes)");
        }
        PageMetadata container = new PageMetadata(document.url(), null, document.date(), null, null, null, List.of());
        ExtractionResult result = switch (document.format()) {
            case TEXT, HTML -> fromBytes(origin, bytes, document.format() == DocumentFormat.HTML, container,
                    document.charset());
            case JSON_RECORD -> fromJson(origin, bytes);
        };
        return withFetchedDate(result, document);
    }

    /** A page that names no publication date takes the day it was fetched (WARC), with a warning saying so. */
    private static ExtractionResult withFetchedDate(ExtractionResult result, RawDocument document) {
        if (document.fetched() == null || !(result instanceof Extracted e) || e.article().published() != null) {
            return result;
        }
        Article a = e.article();
        Article dated = new Article(a.id(), a.origin(), a.url(), a.title(), document.fetched(), a.modified(), a.outlet(),
                a.language(), a.text(), a.paragraphs(), a.captions(), a.authors());
        List<String> warnings = new ArrayList<>(e.warnings());
        warnings.add("no publication date on the page; using the crawl date " + document.fetched());
        return new Extracted(dated, warnings);
    }

    private ExtractionResult fromBytes(String origin, byte[] bytes, boolean html, PageMetadata container,
                                       String charset) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, html, charset);
        if (decoded.warning() != null && TextDecoder.mostlyHighBytes(bytes)) {
            return new Skipped(origin, "binary content or an unknown encoding (not UTF-8, too many non-ASCII bytes)");
        }
        List<String> warnings = warnings(decoded.warning());
        return html ? fromDecodedHtml(origin, decoded.text(), container, warnings)
                : fromDecodedText(origin, decoded.text(), container, warnings);
    }

    private ExtractionResult fromDecodedText(String origin, String text, PageMetadata container,
                                             List<String> warnings) {
        TextArticleParser.Parsed parsed = TextArticleParser.parse(text, container.title() == null);
        if (parsed.dateProblem() != null) {
            warnings.add(parsed.dateProblem());
        }
        if (parsed.paragraphs().isEmpty()) {
            return new Skipped(origin, "no article text after removing boilerplate");
        }
        LocalDate date = parsed.date();
        if (date == null && container.published() == null) {
            date = TextDates.opening(text).orElse(null);
            if (date != null) {
                warnings.add("no date line: publication date " + date + " taken from the text's opening");
            }
        }
        PageMetadata meta = container.orElse(new PageMetadata(null, parsed.title(), date, null, null,
                null, List.of()));
        Article article = ArticleAssembler.assemble(origin, parsed.paragraphs(), parsed.captions(), meta);
        return new Extracted(article, warnings);
    }

    private ExtractionResult fromDecodedHtml(String origin, String html, PageMetadata container,
                                             List<String> warnings) {
        HtmlArticleParser.Parsed parsed = HtmlArticleParser.parse(html, container.url());
        if (parsed.paragraphs().isEmpty()) {
            return new Skipped(origin, "no article text found in the page");
        }
        PageMetadata meta = container.orElse(parsed.metadata());
        Article article = ArticleAssembler.assemble(origin, parsed.paragraphs(), parsed.captions(), meta);
        return new Extracted(article, warnings);
    }

    private ExtractionResult fromJson(String origin, byte[] bytes) {
        String line = new String(bytes, StandardCharsets.UTF_8);
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage();
            return new Failed(origin, "malformed JSON line: " + reason
                    + " (at column " + e.getLocation().getColumnNr() + "). Each line must be one JSON object.");
        }
        if (record == null || !record.isObject()) {
            return new Failed(origin, "JSON line is not an object. Each line must be {\"url\",\"date\",\"title\",\"text\"|\"html\"}.");
        }
        String url = field(record, "url", "uri", "link");
        String dateText = field(record, "date", "published", "datePublished", "dct", "pubdate", "publish_date");
        LocalDate date = Dates.parse(dateText).orElse(null);
        List<String> warnings = new ArrayList<>();
        if (dateText != null && date == null) {
            warnings.add("unreadable date '" + dateText + "'; relative dates cannot be resolved");
        }
        String title = field(record, "title", "headline");
        PageMetadata container = new PageMetadata(url, title, date, null, null, null, List.of());
        String html = field(record, "html", "raw_html");
        if (html != null) {
            return fromDecodedHtml(origin, html, container, warnings);
        }
        String text = field(record, "text", "content", "body", "article");
        if (text == null) {
            return new Failed(origin, "JSON record has neither \"text\" nor \"html\" (fields: "
                    + String.join(", ", (Iterable<String>) record::fieldNames) + ")");
        }
        if (text.isBlank()) {
            return new Skipped(origin, "empty \"text\" field");
        }
        return fromDecodedText(origin, text, container, warnings);
    }

    /**
     * For diagnostics: the element that holds all of the body's blocks (their nearest common ancestor), as
     * {@code tag#id.class} with its path, or "-" when the page gives no body. Parses the page once more.
     */
    public static String describeBody(byte[] html) {
        try {
            return HtmlArticleParser.describeBody(decodeHtml(html));
        } catch (RuntimeException | StackOverflowError e) {
            return "! " + e.getClass().getSimpleName();
        }
    }

    /** Page bytes as text, with the charset rules the extractor uses (BOM, meta charset, UTF-8, windows-1252). */
    public static String decodeHtml(byte[] bytes) {
        return TextDecoder.decode(bytes, true).text();
    }

    private static String field(JsonNode record, String... names) {
        for (String n : names) {
            JsonNode v = record.get(n);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static List<String> warnings(String warning) {
        List<String> out = new ArrayList<>();
        if (warning != null) {
            out.add(warning);
        }
        return out;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
