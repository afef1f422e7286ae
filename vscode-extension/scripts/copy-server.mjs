// Puts the server jar into the extension (server/captureguard.jar) so that the .vsix carries it.
// The jar is lsp-server's build output; CAPTUREGUARD_JAR may name another one.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jar = resolve(process.env.CAPTUREGUARD_JAR ?? join(extensionDir, '..', 'lsp-server', 'target', 'captureguard.jar'));
if (!existsSync(jar)) {
  console.error(`copy-server: ${jar} does not exist; build lsp-server first (mvn -pl lsp-server package) or set CAPTUREGUARD_JAR`);
  process.exit(1);
}
mkdirSync(join(extensionDir, 'server'), { recursive: true });
mkdirSync(join(extensionDir, 'target'), { recursive: true });
copyFileSync(jar, join(extensionDir, 'server', 'captureguard.jar'));
console.log(`copy-server: ${jar} -> server/captureguard.jar`);
