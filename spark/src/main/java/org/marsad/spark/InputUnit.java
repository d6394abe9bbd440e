package org.marsad.spark;

import java.io.Serializable;

/**
 * One unit of work for the analysis stage, small enough to move between executors: a whole page
 * file, or one article record of a JSON dump.
 *
 * @param source  the page's path or URI, or the dump's path for a record
 * @param kind    what the bytes are
 * @param index   the record's position in its dump (0 for a page)
 * @param bytes   the page file's bytes (gunzipped), or the record as UTF-8 JSON
 */
record InputUnit(String source, Kind kind, int index, byte[] bytes) implements Serializable {

    enum Kind { PAGE, RECORD }
}
