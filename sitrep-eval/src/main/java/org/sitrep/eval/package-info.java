/**
 * Evaluation: gold-set readers, scorers reimplemented exactly as the benchmark owners define them
 * ({@code ../shared/data/README.md}), the evaluation gate against committed floors, and benchmarks that time
 * Sitrep side by side with reference implementations. Data is read from a path given by the user, never shipped.
 */
package org.sitrep.eval;
