/**
 * Fuse: gives mentions of the same happening in different articles one stable event id, and groups them into
 * {@link org.sitrep.model.Event}s with every source kept.
 */
package org.sitrep.fuse;
