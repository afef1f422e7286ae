package io.captureguard.parser.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BuildLineTest {

    private static Optional<String> versionOf(String goSource) {
        return BuildLine.findIn(goSource).flatMap(BuildLine::minimumGoVersion).map(GoVersion::toString);
    }

    @Test
    void buildLineAtTheTopOfTheFile() {
        String src = """
                //go:build go1.22

                package main

                func main() {}
                """;
        assertEquals(Optional.of("1.22"), versionOf(src));
        BuildLine line = BuildLine.findIn(src).orElseThrow();
        assertEquals(0, line.offset());
        assertEquals("//go:build go1.22", src.substring(line.offset(), line.offset() + line.length()));
        assertEquals("go1.22", line.constraint().text());
    }

    @Test
    void buildLineAfterACopyrightBlockComment() {
        String src = """
                /*
                 * Copyright 2024 Acme Corp.
                 * Licensed under the Apache License, Version 2.0.
                 */

                //go:build linux && go1.21

                package sys
                """;
        assertEquals(Optional.of("1.21"), versionOf(src));
        BuildLine line = BuildLine.findIn(src).orElseThrow();
        assertEquals(src.indexOf("//go:build"), line.offset());
    }

    @Test
    void buildLineAfterLineCommentsAndBlankLinesAsGoFilesUsuallyHaveIt() {
        String src = """
                // Copyright 2023 The Go Authors. All rights reserved.
                // Use of this source code is governed by a BSD-style
                // license that can be found in the LICENSE file.



                //go:build go1.21 && !purego
                // +build go1.21,!purego

                // Package fast does things quickly.
                package fast
                """;
        assertEquals(Optional.of("1.21"), versionOf(src));
    }

    @Test
    void plusBuildLinesDoNotCount() {
        String src = """
                // +build go1.22

                package old
                """;
        assertEquals(Optional.empty(), BuildLine.findIn(src));
    }

    @Test
    void aBuildLineAfterThePackageClauseIsIgnored() {
        String src = """
                // Package late has its build line in the wrong place.
                package late

                //go:build go1.22

                func f() {}
                """;
        assertEquals(Optional.empty(), BuildLine.findIn(src));
    }

    @Test
    void aBuildLineInsideABlockCommentIsIgnored() {
        String src = """
                /*
                //go:build go1.22
                */

                package quoted
                """;
        assertEquals(Optional.empty(), BuildLine.findIn(src));
    }

    @Test
    void aLineCommentAfterABlockCommentOnTheSameLineCountsAsGoParserSeesIt() {
        assertEquals(Optional.of("1.22"), versionOf("/* generated */ //go:build go1.22\n\npackage p\n"));
    }

    @Test
    void indentedBuildLineStillCounts() {
        assertEquals(Optional.of("1.22"), versionOf("\t  //go:build go1.22\npackage p\n"));
    }

    @Test
    void otherDirectivesStartingWithGoBuildDoNotCount() {
        assertEquals(Optional.empty(), BuildLine.findIn("//go:buildtag go1.22\npackage p\n"));
        assertEquals(Optional.empty(), BuildLine.findIn("// go:build go1.22\npackage p\n"));
        assertEquals(Optional.empty(), BuildLine.findIn("//go:generate stringer -type=Kind\npackage p\n"));
    }

    @Test
    void buildLineWithoutVersionTagIsFoundButImpliesNoVersion() {
        String src = "//go:build linux || darwin\n\npackage unix\n";
        assertEquals("linux || darwin", BuildLine.findIn(src).orElseThrow().constraint().text());
        assertEquals(Optional.empty(), versionOf(src));
    }

    @Test
    void handlesCrlfLineEndings() {
        String src = "// Copyright 2024\r\n\r\n//go:build go1.21\r\n\r\npackage win\r\n";
        BuildLine line = BuildLine.findIn(src).orElseThrow();
        assertEquals(Optional.of(GoVersion.GO_1_21), line.minimumGoVersion());
        assertEquals("go1.21", line.constraint().text());
        assertEquals("//go:build go1.21", src.substring(line.offset(), line.offset() + line.length()));
    }

    @Test
    void handlesAByteOrderMark() {
        String src = "\uFEFF//go:build go1.22\n\npackage bom\n";
        BuildLine line = BuildLine.findIn(src).orElseThrow();
        assertEquals(1, line.offset());
        assertEquals(Optional.of(GoVersion.GO_1_22), line.minimumGoVersion());
    }

    @Test
    void malformedBuildLineIsReportedAsMalformedAndImpliesNoVersion() {
        String src = "//go:build linux &&& go1.22\n\npackage p\n";
        BuildLine line = BuildLine.findIn(src).orElseThrow();
        BuildConstraint.Malformed m = assertInstanceOf(BuildConstraint.Malformed.class, line.constraint());
        assertEquals("invalid syntax at &", m.message());
        assertEquals(Optional.empty(), line.minimumGoVersion());
    }

    @Test
    void emptyBuildLineIsMalformed() {
        BuildLine line = BuildLine.findIn("//go:build\npackage p\n").orElseThrow();
        assertEquals("unexpected end of expression",
                assertInstanceOf(BuildConstraint.Malformed.class, line.constraint()).message());
    }

    @Test
    void withSeveralBuildLinesTheLastWellFormedOneWinsAsInGoParser() {
        assertEquals(Optional.of("1.21"), versionOf("//go:build go1.22\n//go:build go1.21\npackage p\n"));
        assertEquals(Optional.of("1.22"), versionOf("//go:build go1.22\n//go:build &&\npackage p\n"));
        assertEquals(Optional.of("1.21"), versionOf("//go:build ((\n//go:build go1.21\npackage p\n"));
    }

    @Test
    void fileWithoutHeaderOrEmptyTextHasNoBuildLine() {
        assertEquals(Optional.empty(), BuildLine.findIn(""));
        assertEquals(Optional.empty(), BuildLine.findIn("package main\n\nfunc main() {}\n"));
        assertEquals(Optional.empty(), BuildLine.findIn("\n\n   \n"));
    }

    @Test
    void unterminatedBlockCommentEndsTheSearchQuietly() {
        assertEquals(Optional.empty(), BuildLine.findIn("/* never closed\n//go:build go1.22\npackage p\n"));
        assertEquals(Optional.of("1.21"), versionOf("//go:build go1.21\n/* never closed\npackage p\n"));
    }

    @Test
    void scanningStopsAtThePackageClause() {
        String header = "// Copyright 2024\n\n//go:build go1.22\n\npackage big\n";
        TouchRecordingText src = new TouchRecordingText(header + "func f() {}\n".repeat(10_000));
        assertEquals(Optional.of(GoVersion.GO_1_22), BuildLine.findIn(src).flatMap(BuildLine::minimumGoVersion));
        assertTrue(src.highestIndexRead <= header.indexOf("package"),
                "read up to " + src.highestIndexRead);
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(11);
        String[] pieces = {"//", "/*", "*/", "go:build ", "go1.22", "&&", "\n", "\r\n", " ", "package p", "\uFEFF", "!"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(15);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            BuildLine.findIn(text.toString()).ifPresent(line -> {
                assertTrue(line.offset() >= 0 && line.offset() + line.length() <= text.length());
            });
        }
    }

    /** Source text that remembers how far the scanner looked. */
    private static final class TouchRecordingText implements CharSequence {
        private final String text;
        int highestIndexRead = -1;

        TouchRecordingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            highestIndexRead = Math.max(highestIndexRead, index);
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            highestIndexRead = Math.max(highestIndexRead, end - 1);
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            throw new AssertionError("the scanner must not copy the whole source");
        }
    }
}
