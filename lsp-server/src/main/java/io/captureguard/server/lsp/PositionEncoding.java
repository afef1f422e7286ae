package io.captureguard.server.lsp;

import java.util.List;

/**
 * The unit in which a client counts the {@code character} of an LSP position. The engine counts
 * UTF-16 units (Java strings); conversion happens here, at the protocol edge, and nowhere else.
 */
enum PositionEncoding {
    UTF8("utf-8"), UTF16("utf-16"), UTF32("utf-32");

    final String wireName;

    PositionEncoding(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The client's first offer that we speak (clients list them by preference); UTF-16 when it
     * offers none, as the LSP specification demands.
     */
    static PositionEncoding negotiate(List<String> offered) {
        if (offered != null) {
            for (String name : offered) {
                for (PositionEncoding e : values()) {
                    if (e.wireName.equals(name)) {
                        return e;
                    }
                }
            }
        }
        return UTF16;
    }

    /** Units one code point takes in this encoding. */
    int units(int codePoint) {
        return switch (this) {
            case UTF8 -> codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            case UTF16 -> Character.charCount(codePoint);
            case UTF32 -> 1;
        };
    }
}
