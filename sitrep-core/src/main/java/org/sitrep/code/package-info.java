/**
 * Code: finds event triggers (verbs, event nouns, light-verb constructions) with Sitrep's pattern dictionary,
 * takes actor and recipient from the dependency graph, and fills date, place, quantities, casualties,
 * attribution and factuality for each event mention, with its evidence sentence.
 */
package org.sitrep.code;
