// Runs code-server (real VS Code in a browser) with a fresh profile: the .vsix installed offline
// into its own extensions folder, settings that keep start-up quiet, bound to loopback only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'files.autoSave': 'off',
  'chat.disableAIFeatures': true,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Rewrites the user settings of a profile; a running VS Code picks the change up by itself. */
export function writeUserSettings(dirs, extra) {
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2));
}

export function profile(root) {
  const dirs = {
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    xdg: join(root, 'xdg'),
    log: join(root, 'code-server.log'),
  };
  for (const dir of [dirs.userData, dirs.extensions, dirs.xdg]) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeUserSettings(dirs, {});
  return dirs;
}

// Any extension-gallery query goes to a closed loopback port instead of the internet.
const NO_GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' });

function env(dirs) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(dirs.xdg, 'config'),
    XDG_DATA_HOME: join(dirs.xdg, 'data'),
    EXTENSIONS_GALLERY: NO_GALLERY,
  };
}

export function installExtension(codeServer, dirs, vsix) {
  const run = spawnSync(codeServer, ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--install-extension', vsix], { env: env(dirs), encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0 || !/successfully installed/i.test(run.stdout + run.stderr)) {
    throw new Error(`installing ${vsix} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** Starts code-server on a free loopback port; resolves once it answers HTTP. */
export async function startCodeServer(codeServer, dirs, workspace) {
  const port = await freePort();
  const log = createWriteStream(dirs.log);
  const child = spawn(codeServer, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, workspace],
  { env: env(dirs), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${dirs.log}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        return { url, stop: () => stopGroup(child) };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopGroup(child);
  throw new Error(`code-server did not answer within 60 s; see ${dirs.log}`);
}

/** code-server forks the extension host (and it the JVM): end the whole group it leads. */
async function stopGroup(child) {
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // the group is gone
    }
  };
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signal('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  // Stragglers of the group (a JVM still writing its archive) do not outlive the test.
  signal('SIGKILL');
}
