/**
 * Extract: turns a raw document into an {@link org.sitrep.model.Article} (main text as paragraphs, title,
 * publication date, outlet, language; captions and credits kept apart) or says why it could not.
 * Boilerplate rules for scraped text are in {@link org.sitrep.extract.Boilerplate}, documented in
 * {@code docs/extraction.md}.
 */
package org.sitrep.extract;
