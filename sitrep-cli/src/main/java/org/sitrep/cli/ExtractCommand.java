package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.extract.NewsExtractor;
import org.sitrep.ingest.PathSource;
import org.sitrep.model.Article;
import org.sitrep.model.Caption;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.model.TextSpan;
import org.sitrep.model.Unreadable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: the extracted article of each document as one JSON object per line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract main text and metadata; print one JSON object per document (no NLP, no coding).")
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws JsonProcessingException {
        NewsExtractor extractor = new NewsExtractor();
        int documents = 0;
        int extracted = 0;
        try (Stream<Ingested> docs = new PathSource(inputs).documents()) {
            for (Ingested in : (Iterable<Ingested>) docs::iterator) {
                documents++;
                if (in instanceof Unreadable u) {
                    SitrepCommand.err.println("failed  " + u.origin() + ": " + u.reason());
                    continue;
                }
                ExtractionResult r = extractor.extract((RawDocument) in);
                if (r instanceof ExtractionResult.Extracted e) {
                    extracted++;
                    e.warnings().forEach(w -> SitrepCommand.err.println("warning " + e.origin() + ": " + w));
                    SitrepCommand.out.println(JSON.writeValueAsString(toMap(e.article())));
                } else if (r instanceof ExtractionResult.Skipped s) {
                    SitrepCommand.err.println("skipped " + s.origin() + ": " + s.reason());
                } else if (r instanceof ExtractionResult.Failed f) {
                    SitrepCommand.err.println("failed  " + f.origin() + ": " + f.reason());
                }
            }
        }
        SitrepCommand.err.println("sitrep: " + documents + " documents, " + extracted + " extracted");
        if (extracted == 0) {
            throw new UserException("nothing could be extracted (reasons above).", 1);
        }
        return 0;
    }

    private static Map<String, Object> toMap(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("path", a.origin());
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("modified", a.modified() == null ? null : a.modified().toString());
        m.put("authors", a.authors());
        m.put("outlet", a.outlet());
        m.put("language", a.language());
        m.put("text", a.text());
        List<String> paragraphs = new ArrayList<>();
        for (TextSpan p : a.paragraphs()) {
            paragraphs.add(p.of(a.text()));
        }
        m.put("paragraphs", paragraphs);
        List<Map<String, Object>> captions = new ArrayList<>();
        for (Caption c : a.captions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", c.text());
            x.put("credit", c.credit());
            captions.add(x);
        }
        m.put("captions", captions);
        return m;
    }
}
