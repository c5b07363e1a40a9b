/** Serve: the situation report printed by {@code sitrep run} and {@code sitrep report}. */
package org.sitrep.report;
