package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private static final String KREMLIN =
            "أعلن الكرملين أن الزعيم الكوري الشمالي سيزور روسيا قريبا في زيارة رسمية.";
    private static final String PARAGRAPH = KREMLIN + "\n"
            + "وقال المتحدث باسم الرئاسة، في مؤتمر صحفي عقده اليوم، إن موعد الزيارة لم يحدد بعد.\n"
            + "هل تغير الزيارة موازين القوى في المنطقة؟\n";

    private final PageDecoder decoder = new PageDecoder();

    @Test
    void utf8WithoutBomIsUtf8() throws BadInputException {
        DecodedText decoded = decoder.decode(PARAGRAPH.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(new DecodedText(PARAGRAPH, "UTF-8"), decoded);
    }

    @Test
    void utf8BomIsRemoved() throws BadInputException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, KREMLIN.getBytes(StandardCharsets.UTF_8));
        assertEquals(new DecodedText(KREMLIN, "UTF-8"), decoder.decode(bytes, "a.txt"));
    }

    @Test
    void crlfAndLoneCrBecomeLf() throws BadInputException {
        byte[] bytes = "سطر أول\r\nسطر ثان\rسطر ثالث\n\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("سطر أول\nسطر ثان\nسطر ثالث\n\n", decoder.decode(bytes, "a.txt").text());
    }

    @Test
    void utf16ByteOrderMarksChooseTheByteOrder() throws BadInputException {
        byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, KREMLIN.getBytes(StandardCharsets.UTF_16BE));
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, KREMLIN.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(new DecodedText(KREMLIN, "UTF-16BE"), decoder.decode(bigEndian, "be.txt"));
        assertEquals(new DecodedText(KREMLIN, "UTF-16LE"), decoder.decode(littleEndian, "le.txt"));
    }

    @Test
    void windows1256ParagraphIsDetectedAndDecodedExactly() throws BadInputException {
        DecodedText decoded = decoder.decode(PARAGRAPH.getBytes(WINDOWS_1256), "a.txt");
        assertEquals(new DecodedText(PARAGRAPH, "windows-1256"), decoded);
    }

    @Test
    void iso88596ParagraphIsDetectedAndDecodedExactly() throws BadInputException {
        assertTrue(ISO_8859_6.newEncoder().canEncode(PARAGRAPH), "fixture must be encodable in ISO-8859-6");
        DecodedText decoded = decoder.decode(PARAGRAPH.getBytes(ISO_8859_6), "a.txt");
        assertEquals(new DecodedText(PARAGRAPH, "ISO-8859-6"), decoded);
    }

    @Test
    void shortWindows1256LineIsDetected() throws BadInputException {
        // Too short for ICU to propose an Arabic charset at all; ك (0xDF) is unassigned in ISO-8859-6.
        String line = "مرحبا بكم";
        assertEquals(new DecodedText(line, "windows-1256"), decoder.decode(line.getBytes(WINDOWS_1256), "a.txt"));
    }

    @Test
    void shortIso88596LineIsDetected() throws BadInputException {
        // Read as windows-1256, و ي ه (0xE8 0xEA 0xE7) would come out as è ê ç.
        String line = "وزير الخارجية يصل إلى القاهرة";
        assertEquals(new DecodedText(line, "ISO-8859-6"), decoder.decode(line.getBytes(ISO_8859_6), "a.txt"));
    }

    @Test
    void bytesArabicInBothCharsetsAreReadAsWindows1256() throws BadInputException {
        // ع ا ج ل in windows-1256 read as غ ا ج ف in ISO-8859-6: nothing tells them apart, and
        // windows-1256 is the more common charset.
        String word = "عاجل";
        assertEquals(new DecodedText(word, "windows-1256"), decoder.decode(word.getBytes(WINDOWS_1256), "a.txt"));
    }

    @Test
    void legacyDecodingNeverYieldsReplacementCharacters() {
        byte[] before = "مرحبا ".getBytes(WINDOWS_1256);
        byte[] after = " بكم في موقعنا".getBytes(WINDOWS_1256);
        for (int b = 0x80; b <= 0xFF; b++) {
            byte[] bytes = concat(concat(before, new byte[] {(byte) b}), after);
            try {
                String text = decoder.decode(bytes, "a.txt").text();
                assertFalse(text.contains("\uFFFD"), "U+FFFD in decoding with byte " + Integer.toHexString(b));
            } catch (BadInputException refused) {
                // refusing is allowed; substituting is not
            }
        }
    }

    @Test
    void utf8WithAStrayByteIsReadWithAReplacementCharacterAndAWarningNamingItsOffset() throws BadInputException {
        byte[] start = "أعلن الكرملين ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(concat(start, new byte[] {(byte) 0xFF}), "أن الزعيم سيزور روسيا".getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = decoder.decode(bytes, "broken.txt");
        assertEquals("أعلن الكرملين \uFFFDأن الزعيم سيزور روسيا", decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertEquals(List.of("invalid UTF-8 at byte " + start.length + ": 1 malformed byte read as U+FFFD"), decoded.warnings());
    }

    @Test
    void utf8CutInsideACharacterKeepsTheRestOfThePage() throws BadInputException {
        byte[] letter = "ك".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(concat(KREMLIN.getBytes(StandardCharsets.UTF_8), new byte[] {letter[0]}),
                ("\n" + KREMLIN).getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = decoder.decode(bytes, "cut.txt");
        assertEquals(KREMLIN + "\uFFFD\n" + KREMLIN, decoded.text());
        assertEquals(1, decoded.warnings().size());
    }

    @Test
    void soundUtf8HasNoWarning() throws BadInputException {
        assertEquals(List.of(), decoder.decode(PARAGRAPH.getBytes(StandardCharsets.UTF_8), "a.txt").warnings());
    }

    @Test
    void aFewNulBytesInALongPageAreDroppedWithAWarning() throws BadInputException {
        String html = "<html><body><p>" + KREMLIN.repeat(20) + "</p>";
        byte[] head = html.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(concat(head, new byte[] {0, 0, 0}), "<p>تتمة</p></body></html>".getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = decoder.decode(bytes, "page.html");
        assertEquals(html + "<p>تتمة</p></body></html>", decoded.text());
        assertEquals(List.of("3 NUL bytes dropped (the first at byte " + head.length + ")"), decoded.warnings());
    }

    @Test
    void nulBytesDoNotHideAWindows1256Page() throws BadInputException {
        byte[] bytes = concat(concat(PARAGRAPH.repeat(3).getBytes(WINDOWS_1256), new byte[] {0}), PARAGRAPH.getBytes(WINDOWS_1256));
        DecodedText decoded = decoder.decode(bytes, "a.txt");
        assertEquals(PARAGRAPH.repeat(4), decoded.text());
        assertEquals("windows-1256", decoded.charset());
        assertEquals(1, decoded.warnings().size());
    }

    @Test
    void aCharsetDeclaredInTheHeadAfterLongScriptsIsHonoured() throws BadInputException {
        String script = "<script>var x = '" + "a".repeat(HtmlMetaCharset.PRESCAN_BYTES) + "';</script>";
        String page = "<html><head>" + script + "<meta http-equiv=\"Content-Type\"\ncontent=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>Le café crème est arrivé à l'hôtel.</p></body></html>";
        DecodedText decoded = decoder.decode(page.getBytes(StandardCharsets.ISO_8859_1), "late.html");
        assertEquals(page, decoded.text());
        assertEquals("windows-1252", decoded.charset());
    }

    @Test
    void aCharsetDeclaredInTheBodyIsNotTheHeadsAndDecidesNothing() {
        String script = "<script>var x = '" + "a".repeat(HtmlMetaCharset.PRESCAN_BYTES) + "';</script>";
        String page = "<html><head>" + script + "</head><body><meta charset=\"iso-8859-1\"><p>Le café crème est arrivé à l'hôtel.</p></body></html>";
        BadInputException e = assertThrows(BadInputException.class,
                () -> decoder.decode(page.getBytes(StandardCharsets.ISO_8859_1), "body.html"));
        assertEquals(PageDecoder.UNKNOWN_ENCODING, e.reason());
    }

    @Test
    void utf8BomWithInvalidBytesIsInvalidUtf8NotALegacyCharset() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "مرحبا بكم".getBytes(WINDOWS_1256));
        BadInputException e = assertThrows(BadInputException.class, () -> decoder.decode(bytes, "a.txt"));
        assertEquals("invalid UTF-8 at byte 3", e.reason());
    }

    @Test
    void latin1TextIsAnUnknownEncoding() {
        byte[] bytes = "Le café crème est arrivé à l'hôtel.".getBytes(StandardCharsets.ISO_8859_1);
        BadInputException e = assertThrows(BadInputException.class, () -> decoder.decode(bytes, "fr.txt"));
        assertEquals("unknown encoding (not UTF-8, windows-1256 or ISO-8859-6)", e.reason());
    }

    @Test
    void noBytesIsAnEmptyFile() {
        assertReason("empty file", new byte[0]);
    }

    @Test
    void onlyWhitespaceIsAnEmptyFile() {
        assertReason("empty file", " \n\t\r\n \u00A0 ".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyAByteOrderMarkIsAnEmptyFile() {
        assertReason("empty file", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }

    @Test
    void nulBytesMakeABinaryFile() {
        assertReason("binary file (not text): NUL byte at byte 3", new byte[] {'a', 'b', 'c', 0, 'd', 'e'});
    }

    @Test
    void moreThanOneNulInAHundredBytesIsBinaryEvenAmongText() {
        byte[] text = KREMLIN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(text, new byte[text.length / 50]);
        assertReason("binary file (not text): NUL byte at byte " + text.length, bytes);
    }

    @Test
    void manyControlBytesMakeABinaryFile() {
        byte[] bytes = "نص\u0001\u0002\u0003\u0004 عربي".getBytes(StandardCharsets.UTF_8);
        assertReasonStartsWith("binary file (not text): ", bytes);
    }

    @Test
    void pngHeaderIsNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertReason("binary file (not text): PNG image", png);
    }

    @Test
    void pdfAndJpegAndZipAreNamed() {
        assertReason("binary file (not text): PDF document", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertReason("binary file (not text): JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'J'});
        assertReasonStartsWith("binary file (not text): ZIP archive", new byte[] {'P', 'K', 3, 4, 20, 0});
    }

    @Test
    void gzipThatWasNotDecompressedIsNamed() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(KREMLIN.getBytes(StandardCharsets.UTF_8));
        }
        assertReasonStartsWith("binary file (not text): gzip-compressed data", compressed.toByteArray());
    }

    private void assertReason(String reason, byte[] bytes) {
        BadInputException e = assertThrows(BadInputException.class, () -> decoder.decode(bytes, "x"));
        assertEquals(reason, e.reason());
    }

    private void assertReasonStartsWith(String prefix, byte[] bytes) {
        BadInputException e = assertThrows(BadInputException.class, () -> decoder.decode(bytes, "x"));
        assertTrue(e.reason().startsWith(prefix), e.reason());
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] out = new byte[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
