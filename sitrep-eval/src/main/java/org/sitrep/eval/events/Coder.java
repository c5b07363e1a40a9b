package org.sitrep.eval.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.EventMention;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.DocumentOutcome;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Timings;

/** Codes one text of a gold set with the whole pipeline, dated as the gold set says. */
public final class Coder {
    private final Pipeline pipeline;

    public Coder(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The same stages with another event coder. */
    public Coder withEventCoder(org.sitrep.code.EventCoder coder) {
        return new Coder(pipeline.withCoder(coder));
    }

    /** The event mentions of a text published on {@code date} ({@code YYYY-MM-DD}, or null). */
    public List<EventMention> code(String id, String date, String text) {
        String doc = (date == null ? "" : "date " + date + "\n") + text;
        DocumentOutcome out = pipeline.process(RawDocument.of(id, doc.getBytes(StandardCharsets.UTF_8),
                DocumentFormat.TEXT), new Timings());
        return out instanceof DocumentOutcome.Coded c ? c.mentions() : List.of();
    }

    /** A document as a source read it (a JSON record with its own date, title and text). */
    public DocumentOutcome process(RawDocument document) {
        return pipeline.process(document, new Timings());
    }

    /** The analysed parts too (actor mentions), for actor scoring of our own set. */
    public DocumentOutcome process(String id, String date, String text) {
        String doc = (date == null ? "" : "date " + date + "\n") + text;
        return pipeline.process(RawDocument.of(id, doc.getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT),
                new Timings());
    }
}
