/**
 * The one place where stages are assembled ({@link org.sitrep.pipeline.Pipeline}) and run over a batch of
 * documents ({@link org.sitrep.pipeline.BatchRun}), with per-stage timings and a summary of what was skipped.
 */
package org.sitrep.pipeline;
