import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Talks LSP to the captureguard jar as a separate process, as an editor does, and times what a
 * user waits for: process start to first diagnostics, didChange to its publishDiagnostics over
 * 1,000 single-character edits of a 5,000-line file (debounceMs 0), code action replies, the
 * heap after opening 500 files, and the schedule under default settings (bursts, CPU per
 * keystroke, fix-all and codeAction/resolve). Prints one line per figure.
 */
public class LspLatency {
    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private int ids;

    LspLatency(String jar, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(Arrays.asList(jvmOptions));
        String extra = System.getenv("SERVER_JVM_OPTIONS"); // e.g. a flight recording of the server
        if (extra != null && !extra.isBlank()) {
            command.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar, "serve"));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        in = process.getOutputStream();
        Thread reader = new Thread(() -> read(process.getInputStream()));
        reader.setDaemon(true);
        reader.start();
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        Files.writeString(work.resolve("go.mod"), "module example.com/bench\n\ngo 1.21\n");

        String only = args.length > 2 ? args[2] : "all"; // start, edits or heap: one measurement
        if (only.equals("all") || only.equals("start")) {
            startToFirstDiagnostics(jar, work);
        }
        if (only.equals("all") || only.equals("edits")) {
            editLatency(jar, work);
        }
        if (only.equals("all") || only.equals("heap")) {
            heapAfterOpening(jar, work, 500);
        }
        if (only.equals("all") || only.equals("sched")) {
            scheduling(jar, work);
        }
    }

    // ---- the measurements ----

    static void startToFirstDiagnostics(String jar, Path work) throws Exception {
        Path file = work.resolve("one/main.go");
        Files.createDirectories(file.getParent());
        Files.writeString(file, hazard("main"));
        long[] times = new long[9];
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            LspLatency lsp = new LspLatency(jar);
            lsp.initialize(new JsonObject());
            lsp.open(file, 1);
            lsp.awaitDiagnostics(file, 1);
            times[run] = System.nanoTime() - start;
            lsp.stop();
        }
        Arrays.sort(times);
        System.out.printf("start to first diagnostics, one file, 9 runs: median %.0f ms (min %.0f, max %.0f)%n",
                ms(times[4]), ms(times[0]), ms(times[8]));
    }

    static void editLatency(String jar, Path work) throws Exception {
        Path file = work.resolve("big/big.go");
        Files.createDirectories(file.getParent());
        String text = bigFile(5_000);
        Files.writeString(file, text);
        LspLatency lsp = new LspLatency(jar);
        lsp.initialize(JsonParser.parseString("{\"debounceMs\": 0}").getAsJsonObject());
        lsp.open(file, 1);
        lsp.awaitDiagnostics(file, 1);
        Typist typist = new Typist(lsp, file, 1);
        // Three places to type, each 1,000 keystrokes after 200 unmeasured ones that warm the JIT:
        // a comment between declarations, a comment inside a function body (the file stays valid),
        // and new statements inside a function body (syntax errors on the way, as real typing has).
        int[] gap = typist.at(text, "// typing here");
        typist.type(gap[0], gap[1], "x".repeat(200));
        typist.measure("a comment between declarations", gap[0], gap[1] + 200, "x".repeat(1_000));
        int[] body = typist.at(text, "\t// typing inside");
        typist.measure("a comment inside a function body", body[0], body[1], "x".repeat(1_000));
        String statements = "\ttotal += len(items) * 2\n".repeat(50).substring(0, 1_000);
        typist.measure("statements inside a function body", body[0] + 1, 0, statements);

        int hazardLine = (int) text.lines().takeWhile(l -> !l.contains("fmt.Println(\"hazard\", i)")).count()
                + (int) statements.chars().filter(c -> c == '\n').count(); // the typed lines came before it
        long[] actions = new long[200];
        long[] fixAll = new long[50];
        for (int i = 0; i < actions.length; i++) {
            long start = System.nanoTime();
            lsp.codeActions(file, hazardLine, null);
            actions[i] = System.nanoTime() - start;
        }
        for (int i = 0; i < fixAll.length; i++) {
            long start = System.nanoTime();
            lsp.codeActions(file, 0, "source.fixAll");
            fixAll[i] = System.nanoTime() - start;
        }
        Arrays.sort(actions);
        Arrays.sort(fixAll);
        System.out.printf("codeAction on the flagged line (quick fixes, suppression, fix-all), 200 requests:"
                + " p50 %.1f ms, p99 %.1f ms%n", ms(actions[99]), ms(actions[197]));
        System.out.printf("codeAction source.fixAll alone, 50 requests: p50 %.1f ms, p99 %.1f ms%n",
                ms(fixAll[24]), ms(fixAll[48]));
        lsp.stop();
    }

    /** 500 real files when the Go standard library's source is installed, else generated ones. */
    static void heapAfterOpening(String jar, Path work, int files) throws Exception {
        List<Path> paths = new ArrayList<>();
        Path std = Path.of("/usr/lib/go-1.22/src");
        std = Files.isDirectory(std) ? std.toRealPath() : std; // a symlink in Debian's package
        String what;
        if (Files.isDirectory(std)) {
            List<Path> sources;
            try (var walk = Files.walk(std)) {
                sources = walk.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("/testdata/"))
                        .sorted().limit(files).toList();
            }
            long lines = 0;
            for (Path source : sources) {
                Path file = work.resolve("many").resolve(std.relativize(source).toString());
                Files.createDirectories(file.getParent());
                Files.copy(source, file);
                lines += Files.readAllLines(file).size();
                paths.add(file);
            }
            what = "the first " + files + " files of the Go standard library in path order ("
                    + sources.get(0).getParent().getFileName() + " to " + sources.get(files - 1).getParent().getFileName()
                    + ", " + lines + " lines)";
        } else {
            for (int i = 0; i < files; i++) {
                Path file = work.resolve("many/pkg" + (i / 25) + "/f" + i + ".go");
                Files.createDirectories(file.getParent());
                Files.writeString(file, smallFile("pkg" + (i / 25), i));
                paths.add(file);
            }
            what = files + " generated files of " + smallFile("p", 0).lines().count() + " lines, 25 per package";
        }
        LspLatency lsp = new LspLatency(jar);
        lsp.initialize(new JsonObject());
        long start = System.nanoTime();
        for (Path p : paths) {
            lsp.open(p, 1);
        }
        for (Path p : paths) {
            lsp.awaitDiagnostics(p, 1);
        }
        long opened = System.nanoTime() - start;
        String pid = Long.toString(lsp.process.pid());
        run("jcmd", pid, "GC.run");
        String heap = run("jcmd", pid, "GC.heap_info");
        System.out.printf("opened %s and got their diagnostics in %.1f s%n", what, opened / 1e9);
        System.out.println("heap after a full GC with them open (jcmd GC.heap_info):");
        heap.lines().filter(l -> l.contains("total") || l.contains("used")).limit(3)
                .forEach(l -> System.out.println("  " + l.strip()));
        lsp.stop();
    }

    /**
     * Default settings (no debounceMs) and a client that resolves code actions, as VS Code is:
     * sequential keystrokes, bursts 30 ms apart (edits alone, and each followed by a code action
     * request as a cursor move causes), code actions with and without only, and resolving fix-all.
     */
    static void scheduling(String jar, Path work) throws Exception {
        Path file = work.resolve("sched/big.go");
        Files.createDirectories(file.getParent());
        String text = bigFile(5_000);
        Files.writeString(file, text);
        LspLatency lsp = new LspLatency(jar);
        lsp.initialize(new JsonObject(), """
                "codeAction": {"dataSupport": true, "resolveSupport": {"properties": ["edit"]},
                  "codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source"]}}},""");
        lsp.open(file, 1);
        lsp.awaitDiagnostics(file, 1);
        Typist typist = new Typist(lsp, file, 1);
        int[] body = typist.at(text, "\t// typing inside");
        typist.type(body[0], body[1], "x".repeat(200)); // JIT warm-up, unmeasured
        typist.measure("a comment inside a function body, default settings", body[0], body[1] + 200, "x".repeat(300));
        int column = body[1] + 500;
        column = typist.burst("edits alone", body[0], column, 300, false, false);
        column = typist.burst("each edit followed by a codeAction request without only, none cancelled",
                body[0], column, 300, true, false);
        column = typist.burst("each edit followed by a codeAction request without only, the previous one"
                + " cancelled (as VS Code does)", body[0], column, 300, true, true);

        int hazardLine = (int) text.lines().takeWhile(l -> !l.contains("fmt.Println(\"hazard\", i)")).count();
        long[] plain = new long[200];
        for (int i = 0; i < plain.length; i++) {
            long start = System.nanoTime();
            lsp.codeActions(file, hazardLine, null);
            plain[i] = System.nanoTime() - start;
        }
        // Fix-all and its resolve after an edit: the first request for a version pays for it, later ones hit the cache.
        // Warmed up first: the old server had computed fix-all on every code action of the bursts above, the new
        // one hardly ever, and a cold JIT would be measured instead of the work.
        for (int i = 0; i < 20; i++) {
            typist.type(body[0], column++, "w");
            lsp.codeActions(file, 0, "source.fixAll");
        }
        long[] fixAllFirst = new long[20];
        long[] resolveFirst = new long[20];
        int resolved = 0;
        for (int i = 0; i < fixAllFirst.length; i++) {
            typist.type(body[0], column++, "y");
            long start = System.nanoTime();
            lsp.codeActions(file, 0, "source.fixAll");
            fixAllFirst[i] = System.nanoTime() - start;
            typist.type(body[0], column++, "y");
            JsonObject actions = lsp.codeActions(file, hazardLine, null);
            JsonObject lazy = null;
            for (var a : actions.getAsJsonArray("result")) {
                JsonObject action = a.getAsJsonObject();
                if (action.has("kind") && action.get("kind").getAsString().startsWith("source.fixAll") && !action.has("edit")) {
                    lazy = action;
                }
            }
            if (lazy != null) {
                start = System.nanoTime();
                JsonObject answer = lsp.request("codeAction/resolve", lazy);
                resolveFirst[resolved++] = System.nanoTime() - start;
                if (!answer.getAsJsonObject("result").has("edit")) {
                    throw new IllegalStateException("resolve gave no edit: " + answer);
                }
            }
        }
        Arrays.sort(plain);
        Arrays.sort(fixAllFirst);
        System.out.printf("codeAction without only on the flagged line, 200 requests: p50 %.1f ms, p99 %.1f ms%n",
                ms(plain[99]), ms(plain[197]));
        System.out.printf("codeAction only source.fixAll, first request after an edit, 20 edits: p50 %.1f ms, max %.1f ms%n",
                ms(fixAllFirst[9]), ms(fixAllFirst[19]));
        if (resolved == 0) {
            System.out.println("codeAction/resolve of fix-all: not offered (fix-all carries its edit)");
        } else {
            long[] r = Arrays.copyOf(resolveFirst, resolved);
            Arrays.sort(r);
            System.out.printf("codeAction/resolve of fix-all, first after an edit, %d edits: p50 %.1f ms, max %.1f ms%n",
                    resolved, ms(r[resolved / 2]), ms(r[resolved - 1]));
        }
        lsp.stop();
    }

    // ---- Go text ----

    static String hazard(String pkg) {
        return "package " + pkg + "\n\nimport \"fmt\"\n\nfunc Hazard() {\n\tfor i := 0; i < 3; i++ {\n"
                + "\t\tgo func() { fmt.Println(\"hazard\", i) }()\n\t}\n}\n";
    }

    /** Ordinary code with loops, closures and defers; one hazard; a comment line to type into. */
    static String bigFile(int lines) {
        StringBuilder s = new StringBuilder("package big\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n// typing here\n");
        int n = 0;
        while (s.toString().lines().count() < lines - 10) {
            s.append("\n// work").append(n).append(" sums, spawns and cleans up.\n")
                    .append("func work").append(n).append("(items []string, m map[string]int) int {\n")
                    .append("\tvar wg sync.WaitGroup\n\ttotal := 0\n")
                    .append("\tfor k, v := range m {\n\t\tif v > 3 {\n\t\t\ttotal += len(k) * v\n\t\t}\n\t}\n")
                    .append("\tfor _, it := range items {\n\t\tit := it\n\t\twg.Add(1)\n")
                    .append("\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfmt.Println(it, total)\n\t\t}()\n\t}\n")
                    .append("\twg.Wait()\n\tdefer func() { fmt.Println(\"done\", ").append(n).append(") }()\n")
                    .append("\treturn total\n}\n");
            if (n == 120) {
                s.append("\nfunc typingInside(items []string) int {\n\ttotal := 0\n\t// typing inside\n\treturn total\n}\n");
            }
            n++;
        }
        s.append("\n").append(hazard("big").substring("package big\n\nimport \"fmt\"\n".length()));
        return s.toString();
    }

    /** Types into one open document, one character per didChange, and times each until its diagnostics arrive. */
    static final class Typist {
        private final LspLatency lsp;
        private final Path file;
        private int version;

        Typist(LspLatency lsp, Path file, int version) {
            this.lsp = lsp;
            this.file = file;
            this.version = version;
        }

        /** The line and the character after the given text, which starts a line of {@code text}. */
        int[] at(String text, String lineStart) {
            int line = (int) text.lines().takeWhile(l -> !l.startsWith(lineStart)).count();
            return new int[] {line, lineStart.length()};
        }

        long[] type(int line, int character, String keys) throws Exception {
            long[] latency = new long[keys.length()];
            for (int i = 0; i < keys.length(); i++) {
                long start = System.nanoTime();
                String key = keys.substring(i, i + 1);
                lsp.type(file, ++version, line, character, key);
                lsp.awaitDiagnostics(file, version);
                latency[i] = System.nanoTime() - start;
                if (key.equals("\n")) {
                    line++;
                    character = 0;
                } else {
                    character++;
                }
            }
            return latency;
        }

        /**
         * {@code count} keystrokes 30 ms apart without waiting for anything, then the wait for the
         * last version's diagnostics: how many versions got diagnostics, the delay after the last
         * keystroke, server CPU per keystroke, and (with requests) the code action answer times.
         */
        int burst(String what, int line, int character, int count, boolean withRequests, boolean cancelPrevious)
                throws Exception {
            lsp.messages.clear();
            long cpuBefore = cpuNanos(lsp.process.pid());
            List<Integer> requests = new ArrayList<>();
            long[] sent = new long[count];
            int first = version + 1;
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                if (cancelPrevious && !requests.isEmpty()) {
                    JsonObject cancel = new JsonObject();
                    cancel.addProperty("id", requests.get(requests.size() - 1));
                    lsp.notify("$/cancelRequest", cancel);
                }
                lsp.type(file, ++version, line, character++, "z");
                if (withRequests) {
                    requests.add(lsp.send("textDocument/codeAction", codeActionParams(file, line, null)));
                }
                sent[i] = System.nanoTime();
                Thread.sleep(Math.max(0, 30 - (System.nanoTime() - start) / 1_000_000));
            }
            long lastSent = System.nanoTime();
            String uri = file.toUri().toString();
            int published = 0;
            long lastPublished = 0;
            List<Long> answerTimes = new ArrayList<>();
            java.util.Set<Integer> open = new java.util.HashSet<>(requests);
            boolean done = false;
            while (!done || !open.isEmpty()) {
                JsonObject m = lsp.messages.poll(120, TimeUnit.SECONDS);
                if (m == null) {
                    throw new IllegalStateException("burst: no answer within 120 s");
                }
                long t = m.get("_receivedNanos").getAsLong();
                if ("textDocument/publishDiagnostics".equals(text(m, "method"))
                        && uri.equals(text(m.getAsJsonObject("params"), "uri"))) {
                    published++;
                    if (m.getAsJsonObject("params").get("version").getAsInt() == version) {
                        done = true;
                        lastPublished = t;
                    }
                } else if (m.has("id") && !m.has("method") && open.remove(m.get("id").getAsInt())
                        && m.has("result")) { // a cancelled request's error is no answer
                    answerTimes.add(t - sent[m.get("id").getAsInt() - requests.get(0)]);
                }
            }
            long cpu = cpuNanos(lsp.process.pid()) - cpuBefore;
            System.out.printf("burst of %d keystrokes 30 ms apart, %s: diagnostics published for %d versions;"
                            + " last version's diagnostics %.1f ms after its keystroke; server CPU %.1f ms per keystroke%n",
                    count, what, published, ms(lastPublished - sent[count - 1]), ms(cpu / count));
            if (!answerTimes.isEmpty()) {
                long[] a = answerTimes.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("  codeAction answers during the burst (%d answered, not cancelled): p50 %.1f ms,"
                                + " p99 %.1f ms, max %.1f ms%n",
                        a.length, ms(a[a.length / 2]), ms(a[a.length * 99 / 100]), ms(a[a.length - 1]));
            }
            return character;
        }

        void measure(String where, int line, int character, String keys) throws Exception {
            long cpuBefore = cpuNanos(lsp.process.pid());
            long[] latency = type(line, character, keys);
            long cpu = cpuNanos(lsp.process.pid()) - cpuBefore;
            Arrays.sort(latency);
            System.out.printf("didChange to publishDiagnostics, 5,000-line file, %,d one-character edits into %s,"
                    + " %s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; server CPU %.1f ms per edit%n",
                    latency.length, where, where.contains("default settings") ? "no debounceMs" : "debounceMs 0", ms(latency[latency.length / 2]), ms(latency[latency.length * 9 / 10]),
                    ms(latency[latency.length * 99 / 100]), ms(latency[latency.length - 1]), ms(cpu / latency.length));
        }
    }

    static String smallFile(String pkg, int i) {
        return "package " + pkg + "\n\nimport \"fmt\"\n\n"
                + ("// F" + i + " prints.\nfunc F" + i + "(xs []int) {\n\tfor _, x := range xs {\n"
                + "\t\tfmt.Println(x)\n\t}\n}\n\n").repeat(1)
                + "func G" + i + "(xs []int) {\n\tfor j := 0; j < len(xs); j++ {\n"
                + "\t\tdefer func() { fmt.Println(xs[j]) }()\n\t}\n}\n";
    }

    // ---- the protocol ----

    void initialize(JsonObject settings) throws Exception {
        initialize(settings, "");
    }

    /** @param codeAction extra members of the textDocument capabilities (a resolving client's codeAction) */
    void initialize(JsonObject settings, String codeAction) throws Exception {
        JsonObject params = JsonParser.parseString("""
                {"processId": null, "rootUri": null, "capabilities": {
                  "general": {"positionEncodings": ["utf-16"]},
                  "textDocument": {%s "publishDiagnostics": {"relatedInformation": true, "versionSupport": true}},
                  "workspace": {"workspaceEdit": {"documentChanges": true}}}}""".formatted(codeAction)).getAsJsonObject();
        params.add("initializationOptions", settings);
        request("initialize", params);
        notify("initialized", new JsonObject());
    }

    void open(Path file, int version) throws IOException {
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", file.toUri().toString());
        doc.addProperty("languageId", "go");
        doc.addProperty("version", version);
        doc.addProperty("text", Files.readString(file));
        JsonObject params = new JsonObject();
        params.add("textDocument", doc);
        notify("textDocument/didOpen", params);
    }

    void type(Path file, int version, int line, int character, String text) throws IOException {
        notify("textDocument/didChange", JsonParser.parseString(String.format(
                "{\"textDocument\": {\"uri\": \"%s\", \"version\": %d}, \"contentChanges\": [{\"range\":"
                        + " {\"start\": {\"line\": %d, \"character\": %d}, \"end\": {\"line\": %d, \"character\": %d}},"
                        + " \"text\": %s}]}", file.toUri(), version, line, character, line, character,
                new com.google.gson.JsonPrimitive(text))));
    }

    JsonObject codeActions(Path file, int line, String only) throws Exception {
        return request("textDocument/codeAction", codeActionParams(file, line, only));
    }

    static JsonObject codeActionParams(Path file, int line, String only) {
        return JsonParser.parseString(String.format(
                "{\"textDocument\": {\"uri\": \"%s\"}, \"range\": {\"start\": {\"line\": %d, \"character\": 0},"
                        + " \"end\": {\"line\": %d, \"character\": 200}}, \"context\": {\"diagnostics\": []%s}}",
                file.toUri(), line, line, only == null ? "" : ", \"only\": [\"" + only + "\"]")).getAsJsonObject();
    }

    void awaitDiagnostics(Path file, int version) throws Exception {
        String uri = file.toUri().toString();
        await(m -> "textDocument/publishDiagnostics".equals(text(m, "method"))
                && uri.equals(text(m.getAsJsonObject("params"), "uri"))
                && m.getAsJsonObject("params").get("version").getAsInt() == version);
    }

    void stop() throws Exception {
        request("shutdown", null);
        notify("exit", null);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private JsonObject request(String method, JsonObject params) throws Exception {
        int id = send(method, params);
        return await(r -> r.has("id") && !r.has("method") && r.get("id").getAsInt() == id);
    }

    /** Sends a request without waiting for its answer; returns its id. */
    private int send(String method, JsonObject params) throws IOException {
        int id = ++ids;
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("id", id);
        m.addProperty("method", method);
        m.add("params", params);
        send(m);
        return id;
    }

    private void notify(String method, com.google.gson.JsonElement params) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        m.add("params", params);
        send(m);
    }

    private void send(JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    /** Messages are consumed in order; what is not wanted is dropped (the harness waits for one thing at a time). */
    private JsonObject await(java.util.function.Predicate<JsonObject> wanted) throws Exception {
        while (true) {
            JsonObject m = messages.poll(120, TimeUnit.SECONDS);
            if (m == null) {
                throw new IllegalStateException("no answer within 120 s");
            }
            if (m.has("method") && m.has("id")) { // a request from the server: answer null
                JsonObject reply = new JsonObject();
                reply.addProperty("jsonrpc", "2.0");
                reply.add("id", m.get("id"));
                reply.add("result", com.google.gson.JsonNull.INSTANCE);
                send(reply);
            }
            if (wanted.test(m)) {
                return m;
            }
        }
    }

    private void read(InputStream out) {
        try {
            while (true) {
                int length = -1;
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                while (true) {
                    int b = out.read();
                    if (b < 0) {
                        return;
                    }
                    if (b == '\n') {
                        String header = line.toString(StandardCharsets.US_ASCII).trim();
                        line.reset();
                        if (header.isEmpty()) {
                            break;
                        }
                        if (header.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring(15).trim());
                        }
                    } else {
                        line.write(b);
                    }
                }
                JsonObject message = JsonParser.parseString(new String(out.readNBytes(length), StandardCharsets.UTF_8))
                        .getAsJsonObject();
                message.addProperty("_receivedNanos", System.nanoTime()); // for the burst measurement
                messages.add(message);
            }
        } catch (IOException e) {
            // the server ended
        }
    }

    private static String text(JsonObject o, String key) {
        return o == null || !o.has(key) || !o.get(key).isJsonPrimitive() ? null : o.get(key).getAsString();
    }

    /** User plus system CPU time of a process, from /proc (Linux). */
    private static long cpuNanos(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }
}
