package io.captureguard.cli;

import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.TextEdit;
import io.captureguard.parser.SyntaxError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * What {@code check} reported for a file, kept on disk between runs as go's build cache keeps
 * compiled packages. An entry is found by a key over everything the answer depends on (see
 * {@link #keyOf}), so a stale entry is never looked up rather than ever invalidated. One file
 * per entry, {@code DIR/ab/abcdef…} (the key in hex), written to a temporary file and renamed,
 * so concurrent runs see a whole entry or none. An entry that does not read back whole (cut
 * short, garbage, another format, another key) is a miss and is overwritten. Reading an entry
 * sets its modification time, and a run that wrote entries trims the least recently used ones
 * when the whole exceeds the size bound. Every failure of the disk only costs a miss: the
 * cache never changes what a run reports.
 */
final class ResultCache {
    /** Raised whenever the entry layout or what the key covers changes. */
    static final int FORMAT = 1;
    static final long DEFAULT_MAX_BYTES = 256L << 20;
    private static final int MAGIC = 0x43475243; // "CGRC"
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    /** A temporary file this old was left by a run that died before its rename. */
    private static final long STALE_TEMP_MILLIS = 3_600_000;
    private static final long TOUCH_AFTER_MILLIS = 3_600_000;

    /** A file's cached outcome: its findings, or the syntax errors that kept it from being analysed. */
    record Entry(List<Finding> findings, List<SyntaxError> syntaxErrors) {
    }

    private final Path dir;
    private final long maxBytes;
    private final String buildId;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicLong written = new AtomicLong();

    ResultCache(Path dir, long maxBytes, String buildId) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.buildId = buildId;
    }

    Path dir() {
        return dir;
    }

    int hits() {
        return hits.get();
    }

    int misses() {
        return misses.get();
    }

    /**
     * The cache's place: {@code $XDG_CACHE_HOME/captureguard}, else {@code ~/.cache/captureguard}
     * (the XDG default), or empty when neither can be told.
     */
    static Optional<Path> defaultDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "captureguard"));
        }
        String home = System.getProperty("user.home");
        if (home == null || home.isEmpty() || home.equals("?")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(home, ".cache", "captureguard"));
    }

    /** SHA-256 of some bytes, as the cache's keys and the files' digests use it. */
    static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The key of one file's answer: the cache format, the tool's build, the file's name and
     * bytes, the digest of its package (every .go file's name and bytes, which the package index
     * is built from), the Go version the file is checked at (from its build line, go.mod or
     * --go-version, decided without parsing), and the options that change findings.
     */
    String keyOf(String fileName, byte[] fileDigest, byte[] packageDigest, String goVersion, String optionsKey) {
        MessageDigest d = digest();
        d.update(("captureguard result cache " + FORMAT + "\0" + buildId + "\0" + fileName + "\0")
                .getBytes(StandardCharsets.UTF_8));
        d.update(fileDigest);
        d.update(packageDigest);
        d.update(("\0" + goVersion + "\0" + optionsKey).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d.digest());
    }

    Optional<Entry> get(String key) {
        Path file = pathOf(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Optional<Entry> entry = decode(key, bytes);
            if (entry.isPresent()) {
                // The modification time is the last use, for eviction; as go's cache does, it is
                // refreshed only when an hour old, so that a warm run is reads only.
                try {
                    long now = System.currentTimeMillis();
                    if (now - Files.getLastModifiedTime(file).toMillis() > TOUCH_AFTER_MILLIS) {
                        Files.setLastModifiedTime(file, FileTime.fromMillis(now));
                    }
                } catch (IOException e) {
                    // A read-only cache still answers.
                }
                hits.incrementAndGet();
                return entry;
            }
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable or not ours: a miss, and the entry written after the analysis replaces it.
        }
        misses.incrementAndGet();
        return Optional.empty();
    }

    void put(String key, Entry entry) {
        Path file = pathOf(key);
        Path temp = null;
        try {
            byte[] bytes = encode(key, entry);
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), key.substring(0, 8), ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            written.addAndGet(bytes.length);
        } catch (IOException | UncheckedIOException e) {
            // A cache that cannot be written only makes the next run slower.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left for a later trim
                }
            }
        }
    }

    private Path pathOf(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    /**
     * After a run that wrote entries (a warm run writes none, so it never walks the cache): when
     * the entries exceed the bound, deletes the least recently used down to three quarters of it,
     * so that the next runs do not trim again at once.
     */
    void trimIfWritten() {
        if (written.get() > 0) {
            trim(maxBytes, maxBytes / 4 * 3);
        }
    }

    private record Stored(Path path, long size, long lastUse) {
    }

    void trim(long bound, long target) {
        List<Stored> entries = new ArrayList<>();
        long total = 0;
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
            for (Path shard : shards) {
                if (!SHARD.matcher(shard.getFileName().toString()).matches() || !Files.isDirectory(shard)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        String name = f.getFileName().toString();
                        if (ENTRY.matcher(name).matches()) {
                            entries.add(new Stored(f, a.size(), a.lastModifiedTime().toMillis()));
                            total += a.size();
                        } else if (name.endsWith(".tmp") && now - a.lastModifiedTime().toMillis() > STALE_TEMP_MILLIS) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return; // another run may be trimming at the same time; the next run tries again
        }
        if (total <= bound) {
            return;
        }
        entries.sort(Comparator.comparingLong(Stored::lastUse));
        for (Stored s : entries) {
            if (total <= target) {
                break;
            }
            try {
                Files.deleteIfExists(s.path());
            } catch (IOException e) {
                // counted as gone all the same: a concurrent trim may have taken it
            }
            total -= s.size();
        }
    }

    /**
     * Empties a cache directory: only the entries (and temporary files) this class writes, so
     * that a mistyped --cache-dir never costs the user other files. Returns how many went.
     */
    static int clean(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
            for (Path shard : shards) {
                if (!SHARD.matcher(shard.getFileName().toString()).matches() || !Files.isDirectory(shard)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) {
                        String name = f.getFileName().toString();
                        if (ENTRY.matcher(name).matches() || name.endsWith(".tmp")) {
                            try {
                                Files.delete(f);
                                removed++;
                            } catch (NoSuchFileException e) {
                                // a concurrent run trimmed it
                            }
                        }
                    }
                }
                try {
                    Files.delete(shard);
                } catch (IOException e) {
                    // not empty (something not ours) or already gone: leave it
                }
            }
        }
        return removed;
    }

    // The entry: magic, format, key, then the outcome, then a CRC32 of everything before it.

    static byte[] encode(String key, Entry entry) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        string(out, key);
        out.writeInt(entry.findings().size());
        for (Finding f : entry.findings()) {
            string(out, f.rule().name());
            string(out, f.message());
            out.writeInt(f.start());
            out.writeInt(f.end());
            string(out, f.severity().name());
            out.writeInt(f.related().size());
            for (Location l : f.related()) {
                out.writeInt(l.start());
                out.writeInt(l.end());
                string(out, l.message());
            }
            out.writeInt(f.fixes().size());
            for (Fix fix : f.fixes()) {
                string(out, fix.title());
                string(out, fix.safety().name());
                out.writeBoolean(fix.preferred());
                out.writeInt(fix.edits().size());
                for (TextEdit e : fix.edits()) {
                    out.writeInt(e.start());
                    out.writeInt(e.end());
                    string(out, e.replacement());
                }
            }
        }
        out.writeInt(entry.syntaxErrors().size());
        for (SyntaxError e : entry.syntaxErrors()) {
            out.writeInt(e.offset());
            out.writeInt(e.line());
            out.writeInt(e.column());
            string(out, e.message());
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    /** The entry, or empty when the bytes are not a whole entry of this format for this key. */
    static Optional<Entry> decode(String key, byte[] bytes) throws IOException {
        if (bytes.length < 16) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        DataInputStream check = new DataInputStream(new ByteArrayInputStream(bytes, bytes.length - 8, 8));
        if (check.readLong() != crc.getValue()) {
            return Optional.empty();
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !string(in).equals(key)) {
            return Optional.empty();
        }
        int count = count(in);
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RuleId rule = new RuleId(string(in));
            String message = string(in);
            int start = in.readInt();
            int end = in.readInt();
            Severity severity = Severity.valueOf(string(in));
            int relatedCount = count(in);
            List<Location> related = new ArrayList<>(relatedCount);
            for (int j = 0; j < relatedCount; j++) {
                related.add(new Location(in.readInt(), in.readInt(), string(in)));
            }
            int fixCount = count(in);
            List<Fix> fixes = new ArrayList<>(fixCount);
            for (int j = 0; j < fixCount; j++) {
                String title = string(in);
                Safety safety = Safety.valueOf(string(in));
                boolean preferred = in.readBoolean();
                int editCount = count(in);
                List<TextEdit> edits = new ArrayList<>(editCount);
                for (int k = 0; k < editCount; k++) {
                    edits.add(new TextEdit(in.readInt(), in.readInt(), string(in)));
                }
                fixes.add(new Fix(title, safety, List.copyOf(edits), preferred));
            }
            findings.add(new Finding(rule, message, start, end, severity, List.copyOf(related), List.copyOf(fixes)));
        }
        int errorCount = count(in);
        List<SyntaxError> errors = new ArrayList<>(errorCount);
        for (int i = 0; i < errorCount; i++) {
            errors.add(new SyntaxError(in.readInt(), in.readInt(), in.readInt(), string(in)));
        }
        if (in.available() != 0) {
            return Optional.empty();
        }
        return Optional.of(new Entry(List.copyOf(findings), List.copyOf(errors)));
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = count(in);
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("cut short");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A length read from an entry, refused when it could not fit in what is left of it. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad length " + n);
        }
        return n;
    }
}
