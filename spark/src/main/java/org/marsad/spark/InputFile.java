package org.marsad.spark;

import java.io.Serializable;

/**
 * One input file's bytes (gunzipped), read where the file is, before extraction: a page, or a
 * whole dump of article records.
 *
 * @param source the file's path or URI, as the CLI names it
 * @param bytes  its bytes
 */
record InputFile(String source, byte[] bytes) implements Serializable {
}
