package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class Utf8ProfileTest {

    @Test
    void validArabicHasOnlyWellFormedSequences() {
        Utf8Profile profile = Utf8Profile.of("سلام عليكم".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Utf8Profile(9, 0, -1), profile);
        assertFalse(profile.isDamagedUtf8());
    }

    @Test
    void aStrayByteInArabicIsDamagedUtf8() {
        byte[] bytes = PageDecoderTest.concat("سلام".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, 'x'});
        Utf8Profile profile = Utf8Profile.of(bytes);
        assertEquals(new Utf8Profile(4, 1, 8), profile);
        assertTrue(profile.isDamagedUtf8());
    }

    @Test
    void windows1256ArabicIsNotDamagedUtf8() {
        byte[] bytes = "لا؟ أعلن الكرملين أن الزعيم سيزور روسيا".getBytes(Charset.forName("windows-1256"));
        assertFalse(Utf8Profile.of(bytes).isDamagedUtf8());
    }

    @Test
    void firstMalformedOffsetAgreesWithJavasStrictDecoder() {
        byte[][] cases = {
            {'a', (byte) 0xC0, (byte) 0x80},                       // overlong NUL
            {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80},     // surrogate
            {(byte) 0xD8, (byte) 0xB3, (byte) 0xE2, (byte) 0x80},  // truncated at the end
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},  // above U+10FFFF
            {(byte) 0xD8, (byte) 0xB3, (byte) 0x80},               // lone continuation byte
        };
        for (byte[] bytes : cases) {
            assertEquals(javaMalformedOffset(bytes), Utf8Profile.of(bytes).firstMalformedOffset());
        }
    }

    private static int javaMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length * 2), true);
        return result.isError() ? in.position() : -1;
    }
}
