package org.marsad.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * Builds one JSON response body in UTF-8. Arabic is written as is; the characters that mean
 * something to HTML ({@code < > & '}) are written as {@code \}{@code u} escapes, so that no JSON
 * answer, even one rendered as a page by mistake, carries live markup from an article.
 */
public final class JsonBody {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes the body's content through the generator. */
    @FunctionalInterface
    public interface Content {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonBody() {
    }

    /** The UTF-8 bytes of the JSON {@code content} writes. */
    public static byte[] of(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.setCharacterEscapes(HtmlSafeEscapes.INSTANCE);
            content.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();

        private final int[] escapes;

        private HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
            escapes['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard \\uXXXX escapes above
        }
    }
}
