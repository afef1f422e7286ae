package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A test client that speaks JSON-RPC to the real server over in-process pipes, byte for byte as
 * an editor would: it frames messages with Content-Length headers, can send malformed bytes, and
 * answers the server's own requests (configuration, registration, refresh) like a client does.
 */
final class WireClient implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final OutputStream toServer;
    private final InputStream fromServer;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final List<JsonObject> received = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Function<JsonObject, JsonElement> serverRequestAnswer = request -> JsonNull.INSTANCE;

    /** Talks to a server process over its stdin and stdout (its exit status completes {@link #exitCode()}). */
    WireClient(Process process) {
        toServer = process.getOutputStream();
        fromServer = process.getInputStream();
        process.onExit().thenAccept(p -> exitCode.complete(p.exitValue()));
        Thread reader = new Thread(this::readLoop, "test-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    WireClient() throws IOException {
        Pipe clientToServer = Pipe.open();
        Pipe serverToClient = Pipe.open();
        toServer = Channels.newOutputStream(clientToServer.sink());
        fromServer = Channels.newInputStream(serverToClient.source());
        InputStream serverIn = Channels.newInputStream(clientToServer.source());
        OutputStream serverOut = Channels.newOutputStream(serverToClient.sink());
        Thread server = new Thread(() -> exitCode.complete(LanguageServerCommand.serve(serverIn, serverOut)),
                "test-server");
        server.setDaemon(true);
        server.start();
        Thread reader = new Thread(this::readLoop, "test-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** How this client answers requests the server sends it (by default: null). */
    void answerServerRequests(Function<JsonObject, JsonElement> answer) {
        this.serverRequestAnswer = answer;
    }

    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    // ---- sending ----

    int request(String method, JsonElement params) {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        send(message.toString());
        return id;
    }

    JsonObject call(String method, JsonElement params) {
        return response(request(method, params));
    }

    void notify(String method, JsonElement params) {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        message.add("params", params);
        send(message.toString());
    }

    /** Frames {@code body} and sends it, whatever it contains. */
    synchronized void send(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            toServer.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(bytes);
            toServer.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the server stopped reading", e);
        }
    }

    /** Closes the server's input, as an editor that dies does. */
    void closeInput() throws IOException {
        toServer.close();
    }

    // ---- receiving ----

    JsonObject response(int id) {
        return await(m -> m.has("id") && !m.has("method") && m.get("id").isJsonPrimitive()
                && m.get("id").getAsInt() == id, "response to request " + id);
    }

    JsonObject notification(String method, Predicate<JsonObject> params) {
        return await(m -> method.equals(text(m, "method")) && !m.has("id") && params.test(m.getAsJsonObject("params")),
                method);
    }

    /** The diagnostics published for {@code uri} at {@code version}. */
    JsonObject diagnostics(String uri, int version) {
        return notification("textDocument/publishDiagnostics", p -> uri.equals(text(p, "uri"))
                && p.has("version") && p.get("version").getAsInt() == version);
    }

    JsonObject await(Predicate<JsonObject> wanted, String what) {
        return await(wanted, what, WAIT);
    }

    JsonObject await(Predicate<JsonObject> wanted, String what, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (received) {
            while (true) {
                for (JsonObject m : received) {
                    if (wanted.test(m)) {
                        return m;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("no " + what + " within " + wait.toSeconds() + " s; received: " + received);
                }
                try {
                    received.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }
    }

    List<JsonObject> all(Predicate<JsonObject> wanted) {
        synchronized (received) {
            return received.stream().filter(wanted).toList();
        }
    }

    static String text(JsonObject object, String key) {
        JsonElement e = object == null ? null : object.get(key);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private void readLoop() {
        try {
            while (true) {
                JsonObject message = readMessage();
                if (message == null) {
                    return;
                }
                if (message.has("method") && message.has("id")) {
                    JsonObject reply = new JsonObject();
                    reply.addProperty("jsonrpc", "2.0");
                    reply.add("id", message.get("id"));
                    reply.add("result", serverRequestAnswer.apply(message));
                    send(reply.toString());
                }
                synchronized (received) {
                    received.add(message);
                    received.notifyAll();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the server closed its output: nothing more to read
        }
    }

    private JsonObject readMessage() throws IOException {
        int length = -1;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = fromServer.read();
            if (b < 0) {
                return null;
            }
            if (b == '\n') {
                String header = line.toString(StandardCharsets.US_ASCII).trim();
                line.reset();
                if (header.isEmpty()) {
                    break;
                }
                if (header.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).trim());
                }
            } else {
                line.write(b);
            }
        }
        byte[] body = fromServer.readNBytes(length);
        return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Override
    public void close() {
        try {
            toServer.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
