'use strict';

// What the end-to-end test needs, installed and started here so that it
// runs on a fresh machine (see ../../../shared/REAL-EDITORS.md): Debian's
// packages, code-server and playwright-core from this directory's
// package-lock.json, the extension's .vsix, a code-server with a fresh data
// directory, and a workspace of tasklet programs.

const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const e2eDir = __dirname;
const extensionDir = path.dirname(e2eDir);
const codeServerBin = path.join(e2eDir, 'node_modules', '.bin', 'code-server');

// log writes progress to standard error: the test runner keeps standard
// output for its own reports.
function log(message) {
  process.stderr.write(`e2e: ${message}\n`);
}

// run runs a command to completion under `timeout`, its output going to
// standard error.
function run(command, args, { cwd, env, seconds = 600 } = {}) {
  execFileSync('timeout', ['-k', '10', String(seconds), command, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 2, 2],
  });
}

const debianPackages = ['ripgrep', 'libkrb5-dev', 'g++', 'make', 'python3', 'chromium'];

function installed(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString().includes('install ok installed');
  } catch {
    return false;
  }
}

function installDebianPackages() {
  const missing = debianPackages.filter((p) => !installed(p));
  if (missing.length === 0) {
    return;
  }
  log(`installing ${missing.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env });
}

// installNodeModules installs code-server and playwright-core. code-server's
// post-install builds native modules against Node's headers and would
// download ripgrep, which is taken from Debian's package instead.
function installNodeModules() {
  const postinstalled = path.join(e2eDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules.asar');
  if (fs.existsSync(postinstalled) && fs.existsSync(path.join(e2eDir, 'node_modules', 'playwright-core'))) {
    return;
  }
  log('installing code-server and playwright-core (about 2 minutes)');
  const cache = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  fs.mkdirSync(cache, { recursive: true });
  run('tar', ['czf', path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', '/usr/bin', 'rg']);
  run('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: e2eDir,
    env: { npm_config_unsafe_perm: 'true', npm_config_nodedir: '/usr', npm_config_yes: 'true' },
    seconds: 900,
  });
}

// vsix is the extension package to test: TASKLET_VSIX, or the one that
// `npm run package` builds, built here when it is missing.
function vsix() {
  if (process.env.TASKLET_VSIX) {
    return path.resolve(process.env.TASKLET_VSIX);
  }
  const file = path.join(extensionDir, 'tasklet.vsix');
  if (!fs.existsSync(file)) {
    log('building tasklet.vsix');
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: extensionDir });
    run('npm', ['run', 'package'], { cwd: extensionDir });
  }
  return file;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
};

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group has ended
  }
}

// startCodeServer installs the extension into a fresh data directory and
// starts code-server on a free loopback port, in a session of its own
// (spawn's detached is setsid) so that stop can end the extension host and
// the servers it started with it. Its output goes to logFile. It returns
// code-server's address, its data directory and user data directory (where
// VS Code writes its logs) and stop.
async function startCodeServer(vsixFile, logFile) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklet-e2e-code-'));
  const user = path.join(dataDir, 'user');
  const ext = path.join(dataDir, 'ext');
  fs.mkdirSync(path.join(user, 'User'), { recursive: true });
  fs.writeFileSync(path.join(user, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const config = path.join(dataDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const dirs = ['--user-data-dir', user, '--extensions-dir', ext];
  run(codeServerBin, [...dirs, '--install-extension', vsixFile], { seconds: 120 });

  const port = await freePort();
  const out = fs.openSync(logFile, 'w');
  const proc = spawn('timeout', ['-k', '10', '1200', codeServerBin, '--config', config, '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', ...dirs], { detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  const deadline = Date.now() + 60000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    if (proc.exitCode !== null || Date.now() > deadline) {
      signalGroup(proc.pid, 'SIGKILL');
      throw new Error(`code-server did not start (see ${logFile})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir,
    user,
    // stop ends code-server's whole process group: SIGTERM, then SIGKILL
    // for whatever is left after code-server exited or 5 seconds passed.
    async stop() {
      signalGroup(proc.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      signalGroup(proc.pid, 'SIGKILL');
    },
  };
}

// The workspace's programs. prodcons.tpy's consumer first finds three
// producers blocked on ch.send, each holding its value, while the main
// tasklet is blocked on done.receive(); its fourth ch.receive() blocks
// until a producer, runnable by then, sends again.
const programs = {
  'syntax_error.tpy': `import stackless

def broken(:
    return 1
`,
  'checks.tpy': `import stackless
import time


def worker(n):
    time.sleep(0.1)
    print("worker", n)


stackless.tasklet(worker(1))
stackless.tasklet(worker)(2)
stackless.run()
`,
  'prodcons.tpy': `import stackless

ch = stackless.channel()
done = stackless.channel()


def producer(k):
    ch.send(k * 10)
    ch.send(k * 10 + 1)


def consumer(n):
    total = 0
    for i in range(n):
        value = ch.receive()
        total += value
    done.send(total)


for k in range(1, 4):
    stackless.tasklet(producer)(k)
stackless.tasklet(consumer)(6)
print("total", done.receive())
`,
};

const launch = {
  version: '0.2.0',
  configurations: [
    { type: 'tasklet', request: 'launch', name: 'prodcons', program: '\${workspaceFolder}/prodcons.tpy' },
  ],
};

// makeWorkspace writes the programs and .vscode/launch.json to a new
// directory, tasklet-programs (the window's title), and returns its path.
function makeWorkspace() {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tasklet-e2e-ws-')), 'tasklet-programs');
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries(programs)) {
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.mkdirSync(path.join(dir, '.vscode'));
  fs.writeFileSync(path.join(dir, '.vscode', 'launch.json'), JSON.stringify(launch, null, 2));
  return dir;
}

module.exports = {
  e2eDir, log, installDebianPackages, installNodeModules, vsix, startCodeServer, makeWorkspace,
};
