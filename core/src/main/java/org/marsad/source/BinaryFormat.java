package org.marsad.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Binary formats that turn up in crawls in place of text, recognised by their leading magic bytes
 * so that the problem report can say what the file is rather than only that it is not text.
 */
enum BinaryFormat {
    PDF("PDF document", ascii("%PDF-")),
    PNG("PNG image", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
    JPEG("JPEG image", bytes(0xFF, 0xD8, 0xFF)),
    GIF("GIF image", ascii("GIF8")),
    ZIP("ZIP archive (or DOCX/XLSX/EPUB)", bytes('P', 'K', 0x03, 0x04)),
    // A gzip stream reaches the decoder only when it was not named .gz (or came on stdin).
    GZIP("gzip-compressed data (name it .gz to have it decompressed)", bytes(0x1F, 0x8B)),
    OLE2("MS Office document (DOC/XLS/PPT)", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));

    private final String description;
    private final byte[] magic;

    BinaryFormat(String description, byte[] magic) {
        this.description = description;
        this.magic = magic;
    }

    /** What the format is, for a problem report, e.g. "PNG image". */
    String description() {
        return description;
    }

    static Optional<BinaryFormat> recognise(byte[] content) {
        for (BinaryFormat format : values()) {
            if (format.startsOf(content)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private boolean startsOf(byte[] content) {
        return content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String magic) {
        return magic.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
