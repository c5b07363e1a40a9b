/**
 * Resolve: finds actor and place mentions and gives each its canonical actor (with the code valid on the
 * article's date) or gazetteer place. Dictionaries are Sitrep's own ({@code docs/dictionaries.md}); PETRARCH
 * users can add theirs.
 */
package org.sitrep.resolve;
