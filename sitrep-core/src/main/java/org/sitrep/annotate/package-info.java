/**
 * Annotate: sentences, tokens, lemmas, part-of-speech tags and Universal Dependencies graphs, and the article's
 * time expressions resolved against its publication date. This is the only package that imports an NLP library
 * (Stanford CoreNLP, in {@link org.sitrep.annotate.CoreNlpAnnotator}); nothing downstream sees its classes.
 */
package org.sitrep.annotate;
