/**
 * Normalization of Arabic text, the stage between {@code extract} and {@code entity}/{@code time}.
 *
 * <p>{@link org.marsad.normalize.ArabicNormalizer} is the entry point. It gives each text two
 * forms: a <em>display</em> form (the text as written, cleaned of invisible characters) and a
 * <em>matching key</em> (folded for search and comparison, never shown). The key is built from
 * small in-place filters over a {@code char[]}, one job each, composed in that one class.
 * {@link org.marsad.normalize.ArabicLetters} names the code points the filters use.
 */
package org.marsad.normalize;
