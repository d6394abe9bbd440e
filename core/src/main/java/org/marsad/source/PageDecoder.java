package org.marsad.source;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns a page's bytes into text, or says why it cannot. In order:
 * <ol>
 *   <li>no bytes: "empty file";</li>
 *   <li>a known binary format (PDF, PNG, JPEG, GIF, ZIP, gzip, MS Office): "binary file (not text): PNG image";</li>
 *   <li>a UTF-16 byte-order mark: UTF-16 in that byte order;</li>
 *   <li>more than 1% NUL and stray C0 control bytes in the first 64 KiB: "binary file (not text)";
 *       fewer NUL bytes are dropped, with a warning;</li>
 *   <li>a UTF-8 byte-order mark, or bytes that are all valid UTF-8: UTF-8;</li>
 *   <li>an HTML page that declares a charset other than UTF-8 in a {@code <meta>} tag of its first
 *       8 KiB: that charset;</li>
 *   <li>UTF-8 with a few malformed bytes among many well-formed sequences: UTF-8 with each
 *       malformed sequence read as U+FFFD, and a warning naming the first bad byte (a damaged page
 *       is read, not refused, and not guessed to be in another charset);</li>
 *   <li>a UTF-8 byte-order mark on bytes that are mostly not UTF-8: "invalid UTF-8 at byte N";</li>
 *   <li>windows-1256 or ISO-8859-6, whichever reads as Arabic (see {@link LegacyArabicDecoder});</li>
 *   <li>a charset declared by a {@code <meta>} tag further down the {@code <head>} (after long
 *       inline scripts), as a browser switches to it while parsing the head;</li>
 *   <li>otherwise "unknown encoding (...)";</li>
 *   <li>text that is only whitespace: "empty file".</li>
 * </ol>
 * The text returned has its byte-order mark removed and its line breaks unified to LF, nothing else.
 * Nothing is decoded by guess into another script: a damaged page only ever gets U+FFFD where its
 * bad bytes were, never mojibake.
 *
 * <p>A charset declared by the transport (an HTTP Content-Type in a WARC record) is honoured after
 * the byte-order marks, as browsers do, unless the bytes prove it wrong: a declared UTF-8 that does
 * not decode, or a declared Latin-1 / windows-1252 / ASCII (a common server default) on bytes that
 * are not UTF-8 but read as Arabic, fall back to the steps above.
 */
public final class PageDecoder {

    static final String EMPTY = "empty file";
    static final String BINARY = "binary file (not text)";
    static final String UNKNOWN_ENCODING = "unknown encoding (not UTF-8, windows-1256 or ISO-8859-6)";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final char NUL = '\0';

    private final LegacyArabicDecoder legacyArabic = new LegacyArabicDecoder();

    /**
     * @param bytes  the whole page
     * @param source names the page in the exception, e.g. its path
     * @throws BadInputException if the bytes are empty, binary, damaged UTF-8 or in no charset read here
     */
    public DecodedText decode(byte[] bytes, String source) throws BadInputException {
        return decode(bytes, source, Optional.empty());
    }

    /**
     * As {@link #decode(byte[], String)}, honouring the charset the transport declared.
     *
     * @param declared the charset of the HTTP Content-Type, if it named one Java knows
     * @throws BadInputException if the bytes are empty, binary, damaged UTF-8 or in no charset read here
     */
    public DecodedText decode(byte[] bytes, String source, Optional<Charset> declared) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(source, EMPTY);
        }
        Optional<BinaryFormat> format = BinaryFormat.recognise(bytes);
        if (format.isPresent()) {
            throw new BadInputException(source, BINARY + ": " + format.get().description());
        }
        DecodedText decoded = startsWith(bytes, UTF16BE_BOM) ? decodeUtf16(bytes, StandardCharsets.UTF_16BE, source)
                : startsWith(bytes, UTF16LE_BOM) ? decodeUtf16(bytes, StandardCharsets.UTF_16LE, source)
                : decodeBytes(bytes, source, declared);
        String text = PageTextCleanup.clean(decoded.text());
        if (isBlank(text)) {
            throw new BadInputException(source, EMPTY);
        }
        return new DecodedText(text, decoded.charset(), decoded.warnings());
    }

    /** Bytes without a UTF-16 byte-order mark: binary refused, stray NUL bytes dropped, then decoded. */
    private DecodedText decodeBytes(byte[] bytes, String source, Optional<Charset> declared) throws BadInputException {
        Optional<String> binary = ControlBytes.binaryEvidence(bytes);
        if (binary.isPresent()) {
            throw new BadInputException(source, BINARY + ": " + binary.get());
        }
        int nuls = ControlBytes.nulCount(bytes);
        if (nuls == 0) {
            return decodeDeclaredOrDetected(bytes, source, declared);
        }
        String dropped = nuls + " NUL byte" + (nuls == 1 ? "" : "s") + " dropped (the first at byte "
                + ControlBytes.firstNul(bytes) + ")";
        DecodedText decoded = decodeDeclaredOrDetected(ControlBytes.withoutNuls(bytes, nuls), source, declared);
        List<String> warnings = new ArrayList<>();
        warnings.add(dropped);
        warnings.addAll(decoded.warnings());
        return new DecodedText(decoded.text(), decoded.charset(), warnings);
    }

    private DecodedText decodeDeclaredOrDetected(byte[] bytes, String source, Optional<Charset> declared)
            throws BadInputException {
        if (declared.isEmpty() || startsWith(bytes, UTF8_BOM)) {
            return decodeSingleOrMultiByte(bytes, source);
        }
        Charset charset = declared.get();
        if (charset.equals(StandardCharsets.UTF_8) || isLatinDefault(charset)) {
            // Both are what servers say when nobody configured them; the bytes decide if they disagree.
            Optional<String> utf8 = strictUtf8(bytes);
            if (utf8.isPresent()) {
                return new DecodedText(utf8.get(), StandardCharsets.UTF_8.name());
            }
            if (charset.equals(StandardCharsets.UTF_8)) {
                return decodeSingleOrMultiByte(bytes, source);
            }
            Optional<DecodedText> arabic = legacyArabic.decode(bytes);
            if (arabic.isPresent()) {
                return arabic.get();
            }
        }
        return new DecodedText(new String(bytes, charset), charset.name());
    }

    private static boolean isLatinDefault(Charset charset) {
        String name = charset.name();
        return name.equals("ISO-8859-1") || name.equals("windows-1252") || name.equals("US-ASCII");
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StrictDecoding.decode(bytes, StandardCharsets.UTF_8));
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private DecodedText decodeSingleOrMultiByte(byte[] bytes, String source) throws BadInputException {
        try {
            return new DecodedText(StrictDecoding.decode(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
        } catch (CharacterCodingException notUtf8) {
            // fall through to tell damaged UTF-8 from a legacy charset
        }
        Optional<Charset> declared = HtmlMetaCharset.declared(bytes);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new DecodedText(new String(bytes, declared.get()), declared.get().name());
        }
        Utf8Profile profile = Utf8Profile.of(bytes);
        if (profile.isDamagedUtf8()) {
            return lenientUtf8(bytes, profile);
        }
        // A UTF-8 byte-order mark settles the charset: bytes mostly not UTF-8 after it are no page.
        if (startsWith(bytes, UTF8_BOM)) {
            throw new BadInputException(source, "invalid UTF-8 at byte " + profile.firstMalformedOffset());
        }
        Optional<DecodedText> arabic = legacyArabic.decode(bytes);
        if (arabic.isPresent()) {
            return arabic.get();
        }
        Optional<Charset> late = HtmlMetaCharset.declaredInHead(bytes);
        if (late.isPresent() && !late.get().equals(StandardCharsets.UTF_8)) {
            return new DecodedText(new String(bytes, late.get()), late.get().name());
        }
        throw new BadInputException(source, UNKNOWN_ENCODING);
    }

    /**
     * Damaged UTF-8 read as browsers read it: each malformed sequence becomes U+FFFD, the rest is
     * kept, and the warning names the first bad byte and how many there are.
     */
    private static DecodedText lenientUtf8(byte[] bytes, Utf8Profile profile) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int bad = profile.malformed();
        String warning = "invalid UTF-8 at byte " + profile.firstMalformedOffset() + ": " + bad + " malformed byte"
                + (bad == 1 ? "" : "s") + " read as U+FFFD";
        return new DecodedText(text, StandardCharsets.UTF_8.name(), List.of(warning));
    }

    private static DecodedText decodeUtf16(byte[] bytes, Charset byteOrder, String source) throws BadInputException {
        String text;
        try {
            text = StrictDecoding.decode(bytes, byteOrder);
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, "invalid " + byteOrder.name() + " (odd length or unpaired surrogate)", e);
        }
        // The byte-level control check cannot run on UTF-16, whose ASCII characters carry NUL bytes.
        int nul = text.indexOf(NUL);
        if (nul >= 0) {
            throw new BadInputException(source, BINARY + ": NUL character at character " + nul);
        }
        return new DecodedText(text, byteOrder.name());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    // Character.isWhitespace leaves out the no-break spaces; a page of only those is still empty.
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
