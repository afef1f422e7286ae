package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random edit sequences, as an editor sends them (several changes per notification, each against
 * the text left by the one before), in each position encoding: the stored text must equal the
 * client's after every notification.
 */
class DocumentStorePropertyTest {
    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "utf-16", "utf-32"})
    void storedTextEqualsTheClientsAfterRandomEdits(String encodingName) {
        PositionEncoding encoding = PositionEncoding.negotiate(List.of(encodingName));
        assertEquals(encodingName, encoding.wireName);
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            ClientText client = new ClientText(ClientText.randomPiece(random, 30));
            DocumentStore store = new DocumentStore();
            store.open("file:///t.go", 0, client.text);
            for (int version = 1; version <= 40; version++) {
                List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    int a = client.randomOffset(random, 0, client.text.length());
                    int b = client.randomOffset(random, a, Math.min(client.text.length(), a + 12));
                    String replacement = ClientText.randomPiece(random, 4);
                    changes.add(new TextDocumentContentChangeEvent(
                            new Range(position(client, a, encodingName), position(client, b, encodingName)),
                            replacement));
                    client.replace(a, b, replacement);
                }
                store.change("file:///t.go", version, changes, encoding);
                assertEquals(client.text, store.get("file:///t.go").orElseThrow().text(),
                        "seed " + seed + ", version " + version);
            }
        }
    }

    private static Position position(ClientText client, int offset, String encoding) {
        int[] p = client.position(offset, encoding);
        return new Position(p[0], p[1]);
    }
}
