'use strict';

// The extension in real VS Code: code-server 4.100.3 driven by headless
// Chromium through playwright-core. Each check saves screenshots into
// artifacts/; the checks run in order on one window, each building on the
// state the previous one left.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { after, before, describe, it } = require('node:test');
const setup = require('./setup');

const artifacts = path.join(setup.e2eDir, 'artifacts');

// Lines of prodcons.tpy (see setup.js).
const PRODUCER_SEND_LINE = 8;
const RECEIVE_LINE = 15;
const MAIN_RECEIVE_LINE = 23;

describe('Tasklet extension in VS Code', { timeout: 30 * 60 * 1000 }, () => {
  let server;
  let context;
  let page;
  let shots = 0;
  // Temporary directories to remove at the end.
  const temporary = [];

  // shot saves a screenshot of the window as artifacts/NN-name.png.
  async function shot(name) {
    shots += 1;
    const file = path.join(artifacts, `${String(shots).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
  }

  // quickInput opens the quick input with key, types text and accepts the
  // first item once the focused item's label contains want.
  async function quickInput(key, text, want) {
    await page.keyboard.press(key);
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
    if (want !== undefined) {
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: want }).waitFor();
    }
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  function command(title) {
    return quickInput('F1', `>${title}`, title);
  }

  async function openFile(name) {
    await quickInput('Control+P', name, name);
    await page.locator('.tab.active', { hasText: name }).waitFor();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
  }

  function gotoLine(line, column) {
    return quickInput('Control+G', `:${line}:${column}`);
  }

  // cursor is the editor's cursor position as the status bar shows it.
  async function cursor() {
    const text = await page.locator('[id="status.editor.selection"]').innerText();
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    assert.ok(m, `status bar selection: ${text}`);
    return { line: Number(m[1]), column: Number(m[2]) };
  }

  async function waitForCursorLine(line) {
    await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
  }

  // view is the pane of the side bar view with the given title.
  function view(title) {
    return page.locator('.pane', { has: page.locator(`.pane-header[aria-label="${title} Section"]`) });
  }

  function row(pane, text) {
    return pane.locator('.monaco-list-row', { hasText: text });
  }

  // local is the Variables view's row of a local variable with its value.
  function local(name, value) {
    return view('Variables').locator(`.monaco-list-row[aria-label="${name}, value ${value}"]`);
  }

  async function setExpanded(title, expanded) {
    const header = page.locator(`.pane-header[aria-label="${title} Section"]`);
    if (await header.getAttribute('aria-expanded') !== String(expanded)) {
      await header.click();
    }
    await page.locator(`.pane-header[aria-label="${title} Section"][aria-expanded="${expanded}"]`).waitFor();
  }

  // dragSash drags the side bar's horizontal sash at the top of the view
  // with the given title to y. The sashes follow a layout that may still be
  // under way, so it looks for 5 seconds.
  async function dragSash(title, y) {
    const header = page.locator(`.pane-header[aria-label="${title} Section"]`);
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await page.waitForTimeout(200)) {
      const top = (await header.boundingBox()).y;
      for (const sash of await page.locator('.part.sidebar .monaco-sash.horizontal').all()) {
        const box = await sash.boundingBox();
        if (box && Math.abs(box.y + box.height / 2 - top) <= 4) {
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          await page.mouse.down();
          await page.mouse.move(box.x + box.width / 2, y, { steps: 5 });
          await page.mouse.up();
          return;
        }
      }
    }
    assert.fail(`no sash above the ${title} view`);
  }

  // arrangeDebugViews widens the side bar and gives its room to the Call
  // Stack, Tasklets and Channels views.
  async function arrangeDebugViews() {
    const box = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(box.x + box.width, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 200, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    for (const title of ['Variables', 'Watch', 'Breakpoints', 'Loaded Scripts']) {
      await setExpanded(title, false);
    }
    for (const title of ['Tasklets', 'Channels']) {
      await setExpanded(title, true);
    }
    const stack = await page.locator('.pane-header[aria-label="Call Stack Section"]').boundingBox();
    await dragSash('Tasklets', stack.y + 220);
    const tasklets = await page.locator('.pane-header[aria-label="Tasklets Section"]').boundingBox();
    await dragSash('Channels', tasklets.y + 300);
  }

  // stoppedIn waits until the editor and the Call Stack show the program
  // stopped in consumer at line of prodcons.tpy, for reason, in the
  // tasklet whose thread is named thread.
  async function stoppedIn(thread, line, reason) {
    await page.locator('.monaco-editor .codicon-debug-stackframe').waitFor();
    await waitForCursorLine(line);
    const stack = view('Call Stack');
    await row(stack, thread).filter({ hasText: reason }).waitFor();
    await stack.locator('.monaco-list-row[aria-level="2"]', { hasText: 'consumer' }).filter({ hasText: new RegExp(`prodcons\\.tpy\\s*${line}:`) }).waitFor();
  }

  before(async () => {
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
    setup.log(`screenshots and logs go to ${artifacts}`);
    setup.installDebianPackages();
    setup.installNodeModules();
    const vsix = setup.vsix();
    server = await setup.startCodeServer(vsix, path.join(artifacts, 'code-server.log'));
    temporary.push(server.dataDir);
    const workspace = setup.makeWorkspace();
    temporary.push(path.dirname(workspace));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklet-e2e-chromium-'));
    temporary.push(profile);
    const { chromium } = require('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1600, height: 1000 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    context.setDefaultTimeout(30000);
    page = context.pages()[0] ?? await context.newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  }, { timeout: 20 * 60 * 1000 });

  after(async () => {
    if (page) {
      await shot('last').catch(() => {});
    }
    await context?.close();
    await server?.stop();
    if (server) {
      fs.cpSync(path.join(server.user, 'logs'), path.join(artifacts, 'logs'), { recursive: true });
    }
    for (const dir of temporary) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    setup.log(`screenshots and logs are in ${artifacts}`);
  });

  it('activates: the language server status bar item shows it running', async () => {
    await openFile('syntax_error.tpy');
    await page.locator('[id="tasklet.tasklet.tasklet.serverStatus"] .codicon-check').waitFor();
    await shot('activated');
  });

  it('shows a syntax error as a squiggle', async () => {
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await shot('syntax-error');
  });

  it('shows tasklet checks as squiggles', async () => {
    await openFile('checks.tpy');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
    await gotoLine(10, 19);
    await command('Show or Focus Hover');
    const hover = page.locator('.monaco-hover-content', { hasText: 'TL002' });
    await hover.waitFor();
    await shot('tasklet-check');
    await page.keyboard.press('Escape');
  });

  it('hovers over a function', async () => {
    await openFile('prodcons.tpy');
    await gotoLine(21, 24);
    await command('Show or Focus Hover');
    await page.locator('.monaco-hover-content', { hasText: 'def producer(k)' }).waitFor();
    await shot('hover');
    await page.keyboard.press('Escape');
  });

  it('goes to a definition', async () => {
    await gotoLine(21, 24);
    await page.keyboard.press('F12');
    await waitForCursorLine(7);
    assert.deepEqual(await cursor(), { line: 7, column: 5 });
    await shot('definition');
  });

  it('stops at a breakpoint inside a tasklet', async () => {
    await gotoLine(RECEIVE_LINE, 9);
    await page.keyboard.press('F9');
    await page.locator('.monaco-editor .codicon-debug-breakpoint').waitFor();
    await quickInput('F1', 'debug prodcons', 'prodcons');
    await page.locator('.debug-toolbar').waitFor();
    await stoppedIn('4 consumer', RECEIVE_LINE, /breakpoint/i);
    await shot('breakpoint');
  });

  it('lists the tasklets with their states in the Tasklets view', async () => {
    await arrangeDebugViews();
    const tasklets = view('Tasklets');
    await row(tasklets, 'running (1)').waitFor();
    await row(tasklets, 'blocked (4)').waitFor();
    await row(tasklets, '4 consumer').waitFor();
    await row(tasklets, 'main').filter({ hasText: 'receive on' }).waitFor();
    for (const k of [1, 2, 3]) {
      await row(tasklets, `${k} producer`).filter({ hasText: 'send on' }).waitFor();
    }
    await shot('tasklets-view');
  });

  it('shows the stack of a blocked tasklet selected in the Tasklets view', async () => {
    const tasklets = view('Tasklets');
    await row(tasklets, '1 producer').click();
    await tasklets.locator('.monaco-list-row[aria-level="3"]', { hasText: 'producer' })
      .filter({ hasText: `prodcons.tpy:${PRODUCER_SEND_LINE}` }).waitFor();
    await shot('blocked-tasklet-stack');
  });

  it('shows a channel queue with the pending values in the Channels view', async () => {
    const channels = view('Channels');
    await row(channels, 'balance 3').waitFor();
    for (const [k, value] of [[1, 10], [2, 20], [3, 30]]) {
      await row(channels, `${k}. tasklet ${k} producer`).filter({ hasText: `send ${value}` }).waitFor();
    }
    await shot('channels-view');
    // The README's picture, ../../docs/debugging.png, is a copy of this one.
    await page.screenshot({ path: path.join(artifacts, 'debugging.png') });
  });

  it('opens a waiting tasklet\'s line from the Channels view', async () => {
    await row(view('Channels'), '1. tasklet 0 main').click();
    await waitForCursorLine(MAIN_RECEIVE_LINE);
    await shot('channel-waiter-opened');
  });

  it('steps over a receive with the Tasklets view\'s button and stays in the same tasklet', async () => {
    const consumer = row(view('Tasklets'), '4 consumer');
    await consumer.hover();
    await consumer.locator('.action-label[aria-label="Step Over in This Tasklet"]').click();
    await stoppedIn('4 consumer', RECEIVE_LINE + 1, /step/i);
    await setExpanded('Variables', true);
    await local('value', 10).waitFor();
    await shot('stepped-over-receive');
  });

  it('steps over a receive that waits for other tasklets and stays in the same tasklet', async () => {
    for (const i of [1, 2, 3]) {
      await page.keyboard.press('F5');
      await local('i', i).waitFor();
      await stoppedIn('4 consumer', RECEIVE_LINE, /breakpoint/i);
    }
    await row(view('Tasklets'), 'runnable (3)').waitFor();
    await shot('before-blocking-receive');
    await page.keyboard.press('F10');
    await local('value', 11).waitFor();
    await stoppedIn('4 consumer', RECEIVE_LINE + 1, /step/i);
    await shot('stepped-over-blocking-receive');
  });
});
