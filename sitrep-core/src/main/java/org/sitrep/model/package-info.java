/**
 * The records handed from one pipeline stage to the next. They are immutable, validated in their compact
 * constructors, and carry character offsets into the article text wherever they point at text.
 */
package org.sitrep.model;
