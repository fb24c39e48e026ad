import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { missingTools, plan, type Tool } from '../../scripts/ensure-browsers.mjs';

const ALL: Tool[] = ['Chromium', 'Firefox ESR', 'WebKitWebDriver', 'xvfb-run'];

describe('ensure-browsers plan', () => {
  it('does nothing when nothing is missing', () => {
    assert.deepEqual(plan({ missing: [], root: false, sudo: false, apt: true }), { action: 'none', packages: [] });
  });

  it('maps each missing tool to its Debian packages, xvfb-run to xvfb and xauth', () => {
    const todo = plan({ missing: ALL, root: true, sudo: false, apt: true });
    assert.deepEqual(todo.packages, ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth']);
  });

  it('as root runs apt-get update, then apt-get install -y with only the missing packages', () => {
    const todo = plan({ missing: ['Firefox ESR', 'xvfb-run'], root: true, sudo: false, apt: true });
    assert.equal(todo.action, 'install');
    assert.deepEqual(todo.commands, [
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'firefox-esr', 'xvfb', 'xauth'],
    ]);
  });

  it('uses sudo, with DEBIAN_FRONTEND on its command line, when not root and sudo needs no password', () => {
    const todo = plan({ missing: ['Chromium'], root: false, sudo: true, apt: true });
    assert.equal(todo.action, 'install');
    assert.deepEqual(todo.commands, [
      ['sudo', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update'],
      ['sudo', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'chromium'],
    ]);
  });

  it('on Ubuntu takes Chromium and Firefox from snap (apt has only snap wrappers and no firefox-esr) and the rest from apt', () => {
    const todo = plan({ missing: ALL, root: true, sudo: false, apt: true, ubuntu: true, snap: true });
    assert.equal(todo.action, 'install');
    assert.deepEqual(todo.commands, [
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'webkit2gtk-driver', 'xvfb', 'xauth'],
      ['snap', 'install', 'chromium', 'firefox'],
    ]);
  });

  it('on Ubuntu without snap (a container) stops and says both commands', () => {
    const todo = plan({ missing: ['Chromium', 'xvfb-run'], root: true, sudo: false, apt: true, ubuntu: true, snap: false });
    assert.equal(todo.action, 'stop');
    assert.equal(todo.manual, 'sudo apt-get update && sudo apt-get install -y xvfb xauth && sudo snap install chromium');
  });

  it('stops with the exact command to run when it may not install', () => {
    const todo = plan({ missing: ['Chromium', 'WebKitWebDriver'], root: false, sudo: false, apt: true });
    assert.equal(todo.action, 'stop');
    assert.equal(todo.commands, undefined);
    assert.equal(todo.manual, 'sudo apt-get update && sudo apt-get install -y chromium webkit2gtk-driver');
  });

  it('stops, even as root, when there is no apt-get', () => {
    const todo = plan({ missing: ['Chromium'], root: true, sudo: false, apt: false });
    assert.equal(todo.action, 'stop');
    assert.equal(todo.noApt, true);
  });
});

describe('ensure-browsers missingTools', () => {
  const nowhere = { CHROME_PATH: '/nonexistent/chromium', DISPLAY: ':99' };

  it('requires only the engines IPT_BROWSERS names', () => {
    const missing = missingTools({ ...nowhere, IPT_BROWSERS: 'firefox' });
    assert.equal(missing.includes('Chromium'), false);
    assert.equal(missing.includes('WebKitWebDriver'), false);
  });

  it('does not ask for xvfb-run when there is a display', () => {
    assert.equal(missingTools({ ...nowhere, IPT_BROWSERS: 'webkit' }).includes('xvfb-run'), false);
  });
});
