package org.marsad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <DOC dct="2015-08-03">} of a TIMEX3 gold file: its plain text (tags removed) and
 * its annotated expressions with offsets into that text. A {@code DOC} without {@code dct} has no
 * anchor. Comments ({@code <!-- -->}) outside documents are ignored; other tags inside a document
 * are dropped from the text.
 */
record TimexDocument(LocalDate dct, String text, List<Timex> timexes) {

    /** An annotated expression: [start, end) of the document text, its type and value. */
    record Timex(int start, int end, String type, String value) {
    }

    private static final Pattern DOC = Pattern.compile("<DOC\\b([^>]*)>(.*?)</DOC>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern DCT = Pattern.compile("\\bdct\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue\\s*=\\s*\"([^\"]*)\"");
    private static final String TIMEX3 = "TIMEX3";

    /** The documents of a gold file; throws IllegalArgumentException naming what is malformed. */
    static List<TimexDocument> parseAll(String content) {
        List<TimexDocument> docs = new ArrayList<>();
        Matcher m = DOC.matcher(content);
        while (m.find()) {
            docs.add(parse(attribute(DCT, m.group(1)), m.group(2)));
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no <DOC> element");
        }
        return docs;
    }

    private static TimexDocument parse(String dct, String body) {
        LocalDate anchor;
        try {
            anchor = dct == null || dct.isBlank() ? null : LocalDate.parse(dct.strip().substring(0, Math.min(10, dct.strip().length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad dct '" + dct + "'");
        }
        StringBuilder text = new StringBuilder(body.length());
        List<Timex> timexes = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int at = 0;
        int open = -1;
        String type = null;
        String value = null;
        while (tag.find()) {
            text.append(unescape(body.substring(at, tag.start())));
            at = tag.end();
            if (!TIMEX3.equalsIgnoreCase(tag.group(2))) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                open = text.length();
                type = attribute(TYPE, tag.group(3));
                value = attribute(VALUE, tag.group(3));
            } else if (open >= 0) {
                timexes.add(new Timex(open, text.length(), type == null ? "" : type, value == null ? "" : value));
                open = -1;
            }
        }
        text.append(unescape(body.substring(at)));
        return new TimexDocument(anchor, text.toString(), List.copyOf(timexes));
    }

    private static String attribute(Pattern p, String attributes) {
        Matcher m = p.matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
