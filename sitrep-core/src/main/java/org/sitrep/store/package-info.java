/**
 * Store: articles, event mentions and fused events in one embedded DuckDB file. Storing is idempotent by the
 * article's content id: the same article read twice is stored once.
 */
package org.sitrep.store;
