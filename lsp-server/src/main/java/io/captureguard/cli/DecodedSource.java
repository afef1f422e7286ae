package io.captureguard.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A Go file's bytes as text. Go source is UTF-8; a file that is not (rare, but the corpus has a
 * few) is still checked with U+FFFD in place of the bad bytes, and never rewritten, since writing
 * the decoded text back would change bytes the user never asked us to touch.
 */
record DecodedSource(String text, boolean exact) {

    static DecodedSource decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedSource(text, true);
        } catch (CharacterCodingException e) {
            return new DecodedSource(new String(bytes, StandardCharsets.UTF_8), false);
        }
    }
}
