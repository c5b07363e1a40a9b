/**
 * Export: the event record as PLOVER-aligned JSON (one object per line), with a stable field order, and back.
 * Field names and meanings are documented in {@code docs/event-record.md}.
 */
package org.sitrep.export;
