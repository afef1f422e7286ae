package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.fixes.RuleDescription;
import io.captureguard.fixes.RuleDocs;
import io.captureguard.fixes.Rules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules}, {@code explain}, {@code version} and the help texts, from the jar run as a process. */
class CommandsIT {
    @TempDir
    Path tmp;

    @Test
    void rulesListsEveryRuleWithItsSeverityAndSummary() {
        Cli.Run run = Cli.run(tmp, "rules");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(Rules.all().size(), lines.size(), run.toString());
        for (int i = 0; i < lines.size(); i++) {
            RuleDescription rule = Rules.all().get(i).description();
            List<String> columns = List.of(lines.get(i).trim().split("\\s{2,}"));
            assertEquals(List.of(rule.name(), rule.defaultSeverity().name().toLowerCase(), rule.summary()), columns);
        }
    }

    @Test
    void explainPrintsTheRulesPage() {
        for (RuleDescription rule : Rules.descriptions()) {
            Cli.Run run = Cli.run(tmp, "explain", rule.name());
            assertEquals(0, run.exitCode(), run.toString());
            String page = RuleDocs.markdown(rule.id()).orElseThrow(() -> new AssertionError(
                    "docs/rules/" + rule.name() + ".md is missing from the jar"));
            assertEquals(page.strip(), run.out().strip());
        }
        Cli.Run unknown = Cli.run(tmp, "explain", "no-such-rule");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown rule 'no-such-rule'"), unknown.err());
    }

    @Test
    void theTransportFlagAloneStartsTheLanguageServer() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
        String message = "Content-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        Process p = new ProcessBuilder(java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Cli.jar().toAbsolutePath().toString(), "--stdio")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        byte[] reply = new byte[4096];
        int n = p.getInputStream().read(reply); // blocks until the server answers
        p.getOutputStream().close(); // stdin closed: the server exits
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "exits when stdin closes");
        String text = new String(reply, 0, Math.max(n, 0), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Content-Length: "), text);
    }

    @Test
    void versionAndHelp() {
        Cli.Run version = Cli.run(tmp, "version");
        assertEquals(0, version.exitCode());
        assertEquals("captureguard " + System.getProperty("captureguard.projectVersion") + "\n", version.out());
        Cli.Run help = Cli.run(tmp, "--help");
        assertEquals(0, help.exitCode());
        for (String command : List.of("check", "fix", "rules", "explain", "cache", "serve", "version")) {
            assertTrue(help.out().contains("  " + command), command + " missing from\n" + help.out());
        }
        Cli.Run checkHelp = Cli.run(tmp, "check", "--help");
        assertEquals(0, checkHelp.exitCode());
        for (String flag : List.of("--format", "--fix", "--unsafe-fixes", "--diff", "--select", "--ignore",
                "--go-version", "--exit-zero", "--include-vendor", "--include-testdata", "--include-hidden",
                "--include-generated", "--no-nolint", "--prefer-parameter-form", "--jobs", "--no-progress",
                "--no-cache", "--cache-dir", "--cache-size", "--verbose")) {
            assertTrue(checkHelp.out().contains(flag), flag + " missing from\n" + checkHelp.out());
        }
        Cli.Run nothing = Cli.run(tmp);
        assertEquals(2, nothing.exitCode(), "no command is a usage error");
    }
}
