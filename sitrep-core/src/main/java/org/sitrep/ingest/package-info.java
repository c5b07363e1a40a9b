/**
 * Ingest: reads inputs (files, directories, standard input; text, HTML, JSON lines, optionally gzipped) into
 * {@link org.sitrep.model.RawDocument}s without decoding them. An input that cannot be read becomes an
 * {@link org.sitrep.model.Unreadable} with the reason, never an exception that stops the batch.
 */
package org.sitrep.ingest;
