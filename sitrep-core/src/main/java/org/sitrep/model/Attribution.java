package org.sitrep.model;

/**
 * Who tells of the event.
 *
 * @param reportedBy the outlet that published the article, or null
 * @param source     who the outlet attributes it to ("Axios, citing sources", "officials"), or null when asserted
 * @param speaker    the person or body who said it, for said/stated/told, or null
 * @param verb       the reporting verb's lemma ("say", "report", "accord"), or null
 */
public record Attribution(String reportedBy, String source, String speaker, String verb) {
}
