// Storage hardening for <ipt-selfcare-checklist>: every storage fault, a quota hit in the middle of
// use, and two tabs writing the same list. Everything runs on an in-memory store injected through
// `webStorage`, so this file never touches the real localStorage other test files use.
import { say } from '../../src/shared/format.js';
import { expect } from '@open-wc/testing';
import '../../src/checklist/define.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { webStorage, type WebStorage } from '../../src/controllers/storage.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import { en } from '../../src/content/en/index.js';
import {
  FaultyStorage,
  captureWarnings,
  mount,
  restoreStorage,
  settle,
  trapErrors,
  unmountAll,
  useMemoryStorage,
} from './helpers.js';

const TOTAL = en.selfCare.items.length;
const KEY = 'hard-store';
const FULL_KEY = `ipt-selfcare:${KEY}`;
const ids = en.selfCare.items.map((item) => item.id);

const boxes = (el: IptSelfcareChecklist) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];
const box = (el: IptSelfcareChecklist, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#item-${id}`)!;
const ticked = (el: IptSelfcareChecklist) =>
  boxes(el)
    .filter((b) => b.checked)
    .map((b) => b.id.replace(/^item-/, ''));
const progress = (el: IptSelfcareChecklist) => el.shadowRoot!.querySelector('[part="progress"] p')?.textContent?.trim();
const notice = (el: IptSelfcareChecklist) =>
  el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: IptSelfcareChecklist) =>
  el.shadowRoot!.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const storedTicks = (store: FaultyStorage, key = FULL_KEY) =>
  Object.keys((JSON.parse(store.data.get(key) ?? '{"ticks":{}}') as { ticks: object }).ticks).sort();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function tick(el: IptSelfcareChecklist, id: string): Promise<void> {
  box(el, id).click();
  await settle(el);
}

async function checklist(key = KEY): Promise<IptSelfcareChecklist> {
  const el = document.createElement('ipt-selfcare-checklist') as IptSelfcareChecklist;
  el.setAttribute('storage-key', key);
  return mount(el);
}

/** A store whose every method throws the given error. */
function throwingStore(make: () => Error, methods: (keyof WebStorage)[]): WebStorage {
  const store = new FaultyStorage();
  for (const method of methods) {
    (store as unknown as Record<string, () => never>)[method] = () => {
      throw make();
    };
  }
  return store;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const FAULTS: { name: string; install: () => void; notice: string }[] = [
  { name: 'no storage at all', install: () => (webStorage.local = () => null), notice: ui.cannotSave },
  { name: 'storage undefined', install: () => (webStorage.local = () => undefined), notice: ui.cannotSave },
  {
    name: 'a getter that throws SecurityError (sandboxed frame)',
    install: () =>
      (webStorage.local = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    notice: ui.cannotSave,
  },
  {
    name: 'getItem that throws',
    install: () => useMemoryStorage(throwingStore(() => new Error('read failed'), ['getItem'])),
    notice: ui.cannotSave,
  },
  {
    name: 'setItem that throws a plain Error',
    install: () => useMemoryStorage(throwingStore(() => new Error('write failed'), ['setItem'])),
    notice: ui.cannotSave,
  },
  {
    name: 'setItem that throws QuotaExceededError',
    install: () => useMemoryStorage(throwingStore(quota, ['setItem'])),
    notice: ui.cannotSave,
  },
  {
    name: 'setItem that throws a non-Error value',
    install: () => useMemoryStorage(throwingStore(() => 'nope' as unknown as Error, ['setItem'])),
    notice: ui.cannotSave,
  },
  {
    name: 'removeItem that throws',
    install: () => useMemoryStorage(throwingStore(() => new Error('remove failed'), ['removeItem'])),
    notice: ui.cannotSave,
  },
  {
    name: 'every method throwing',
    install: () => useMemoryStorage(throwingStore(quota, ['getItem', 'setItem', 'removeItem'])),
    notice: ui.cannotSave,
  },
  {
    name: 'corrupt JSON',
    install: () => {
      const store = new FaultyStorage();
      store.data.set(FULL_KEY, '{"v":2,"ticks":{');
      useMemoryStorage(store);
    },
    notice: ui.corrupt,
  },
  {
    name: 'JSON of the wrong shape',
    install: () => {
      const store = new FaultyStorage();
      store.data.set(FULL_KEY, '[1,2,3]');
      useMemoryStorage(store);
    },
    notice: ui.corrupt,
  },
  {
    name: 'corrupt JSON and a full disk (cannot set it aside)',
    install: () => {
      const store = new FaultyStorage();
      store.data.set(FULL_KEY, 'not json');
      store.full = true;
      useMemoryStorage(store);
    },
    notice: ui.cannotSave,
  },
];

describe('hardening: checklist storage', () => {
  let trap: ReturnType<typeof trapErrors>;
  let warn: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    trap = trapErrors();
    warn = captureWarnings();
  });

  afterEach(() => {
    warn.restore();
    trap.restore();
    unmountAll();
    restoreStorage();
  });

  describe('fault matrix', () => {
    for (const fault of FAULTS) {
      it(`works in memory and says so with ${fault.name}`, async () => {
        fault.install();
        const el = await checklist();
        expect(norm(notice(el))).to.equal(norm(fault.notice));
        await tick(el, ids[0]!);
        await tick(el, ids[1]!);
        await tick(el, ids[0]!);
        expect(ticked(el)).to.deep.equal([ids[1]]);
        expect(progress(el)).to.equal(say(ui.progress, { done: 1, total: TOTAL }));
        // A refresh (the tab becomes visible again, or another tab writes) keeps the ticks in memory.
        // (The storage event reaches the checklist whatever the page's visibility state.)
        document.dispatchEvent(new Event('visibilitychange'));
        window.dispatchEvent(new StorageEvent('storage', { key: FULL_KEY, newValue: null }));
        await settle(el);
        expect(ticked(el)).to.deep.equal([ids[1]]);
        expect(trap.errors).to.deep.equal([]);
      });
    }

    it('sets corrupt data aside under a backup key and saves the next tick', async () => {
      const store = new FaultyStorage();
      store.data.set(FULL_KEY, '{oops');
      useMemoryStorage(store);
      const el = await checklist();
      const backups = [...store.data.keys()].filter((key) => key.startsWith(`${FULL_KEY}:corrupt`));
      expect(backups).to.deep.equal([`${FULL_KEY}:corrupt`]);
      expect(store.data.get(backups[0]!)).to.equal('{oops');
      await tick(el, ids[2]!);
      expect(storedTicks(store)).to.deep.equal([ids[2]]);
    });

    it('sets corrupt data from another tab aside and saves the ticks on screen in its place', async () => {
      const store = new FaultyStorage();
      useMemoryStorage(store);
      const el = await checklist();
      for (const id of ids.slice(0, 3)) await tick(el, id);
      store.data.set(FULL_KEY, '{"v":2,"ticks":{"');
      window.dispatchEvent(new StorageEvent('storage', { key: FULL_KEY, newValue: '{"v":2,"ticks":{"' }));
      await settle(el);
      expect(ticked(el)).to.deep.equal(ids.slice(0, 3));
      expect(storedTicks(store)).to.deep.equal(ids.slice(0, 3).sort());
      expect(store.data.get(`${FULL_KEY}:corrupt`)).to.equal('{"v":2,"ticks":{"');
      expect(norm(notice(el))).to.equal(norm(ui.corruptKept));
      expect(trap.errors).to.deep.equal([]);
    });

    it('keeps the ticks on screen, read-only, when another tab leaves data of a newer version', async () => {
      const store = new FaultyStorage();
      useMemoryStorage(store);
      const el = await checklist();
      await tick(el, ids[0]!);
      const newer = JSON.stringify({ v: 99, everything: 'else' });
      store.data.set(FULL_KEY, newer);
      window.dispatchEvent(new StorageEvent('storage', { key: FULL_KEY, newValue: newer }));
      await settle(el);
      expect(ticked(el)).to.deep.equal([ids[0]]);
      await tick(el, ids[1]!);
      expect(store.data.get(FULL_KEY)).to.equal(newer);
      expect(norm(notice(el))).to.equal(norm(ui.cannotSave));
    });

    it('keeps saving when the backup cannot be listed or removed (a store without key() and a throwing removeItem)', async () => {
      const store = new FaultyStorage();
      store.removeItem = () => {
        throw new Error('remove failed');
      };
      store.data.set(FULL_KEY, 'not json');
      useMemoryStorage(store);
      const el = await checklist();
      await tick(el, ids[0]!);
      expect(storedTicks(store)).to.deep.equal([ids[0]]);
      expect(trap.errors).to.deep.equal([]);
    });

    it('never overwrites data written by a newer version, and still ticks in memory', async () => {
      const store = new FaultyStorage();
      const newer = JSON.stringify({ v: 99, everything: 'else' });
      store.data.set(FULL_KEY, newer);
      useMemoryStorage(store);
      const el = await checklist();
      await tick(el, ids[0]!);
      expect(ticked(el)).to.deep.equal([ids[0]]);
      expect(store.data.get(FULL_KEY)).to.equal(newer);
      expect(notice(el)).to.not.equal('');
    });
  });

  describe('a quota hit in the middle of use', () => {
    it('keeps every tick in memory, says so, and saves them all once storage recovers', async () => {
      const store = new FaultyStorage();
      useMemoryStorage(store);
      const el = await checklist();
      expect(notice(el)).to.equal('');
      for (const id of ids.slice(0, 3)) await tick(el, id);
      expect(storedTicks(store)).to.deep.equal(ids.slice(0, 3).sort());

      // The disk fills up: the next two ticks cannot be written.
      store.full = true;
      await tick(el, ids[3]!);
      expect(norm(notice(el))).to.equal(norm(ui.cannotSave));
      expect(norm(status(el))).to.equal(norm(ui.cannotSave));
      await tick(el, ids[4]!);
      expect(ticked(el)).to.deep.equal(ids.slice(0, 5));
      expect(progress(el)).to.equal(say(ui.progress, { done: 5, total: TOTAL }));
      expect(storedTicks(store)).to.deep.equal(ids.slice(0, 3).sort());

      // A refresh while storage is full must not bring back the older stored copy.
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      expect(ticked(el)).to.deep.equal(ids.slice(0, 5));

      // Space again: the next tick writes everything, and the notice goes away.
      store.full = false;
      await tick(el, ids[5]!);
      expect(storedTicks(store)).to.deep.equal(ids.slice(0, 6).sort());
      expect(notice(el)).to.equal('');
      expect(trap.errors).to.deep.equal([]);
    });

    it('keeps the ticks in memory when storage is revoked mid-use and the tab becomes visible again', async () => {
      // A person blocks site data while the page is open: reaching localStorage now throws SecurityError.
      const store = new FaultyStorage();
      useMemoryStorage(store);
      const el = await checklist();
      for (const id of ids.slice(0, 3)) await tick(el, id);
      webStorage.local = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      await settle(el);
      expect(ticked(el)).to.deep.equal(ids.slice(0, 3));
      expect(norm(notice(el))).to.equal(norm(ui.cannotSave));
    });

    it('starts failing after N writes without losing the ticks made after that', async () => {
      const store = new FaultyStorage();
      useMemoryStorage(store);
      const el = await checklist();
      store.writesLeft = 2;
      for (const id of ids.slice(0, 6)) await tick(el, id);
      expect(ticked(el)).to.deep.equal(ids.slice(0, 6));
      expect(storedTicks(store)).to.deep.equal(ids.slice(0, 2).sort());
      store.writesLeft = Infinity;
      await tick(el, ids[0]!); // untick one: the write now holds the other five
      expect(storedTicks(store)).to.deep.equal(ids.slice(1, 6).sort());
    });
  });

  describe('two tabs writing the same list', () => {
    /** What the other tab's `storage` event looks like after it wrote `key`. */
    const storageEvent = (store: FaultyStorage, oldValue: string | null) =>
      new StorageEvent('storage', { key: FULL_KEY, oldValue, newValue: store.data.get(FULL_KEY) ?? null });

    it('keeps ticks from both when they take turns', async () => {
      const store = new FaultyStorage();
      useMemoryStorage(store);
      const [a, b] = [await checklist(), await checklist()];
      let before = store.data.get(FULL_KEY) ?? null;
      await tick(a, ids[0]!);
      window.dispatchEvent(storageEvent(store, before));
      await settle(b);
      before = store.data.get(FULL_KEY) ?? null;
      await tick(b, ids[1]!);
      window.dispatchEvent(storageEvent(store, before));
      await Promise.all([settle(a), settle(b)]);
      expect(ticked(a)).to.deep.equal([ids[0], ids[1]]);
      expect(ticked(b)).to.deep.equal([ids[0], ids[1]]);
      expect(storedTicks(store)).to.deep.equal([ids[0], ids[1]].sort());
      expect(trap.errors).to.deep.equal([]);
    });

    it('keeps ticks from both when they write at the same moment (before either hears of the other)', async () => {
      const store = new FaultyStorage();
      useMemoryStorage(store);
      const [a, b] = [await checklist(), await checklist()];
      const before = store.data.get(FULL_KEY) ?? null;
      // Both tabs tick before either storage event arrives (events are queued tasks in real browsers).
      box(a, ids[0]!).click();
      const afterA = store.data.get(FULL_KEY) ?? null;
      box(b, ids[1]!).click();
      window.dispatchEvent(new StorageEvent('storage', { key: FULL_KEY, oldValue: before, newValue: afterA }));
      window.dispatchEvent(
        new StorageEvent('storage', { key: FULL_KEY, oldValue: afterA, newValue: store.data.get(FULL_KEY) ?? null }),
      );
      await Promise.all([settle(a), settle(b)]);
      expect(storedTicks(store), 'stored').to.deep.equal([ids[0], ids[1]].sort());
      expect(ticked(a), 'tab A').to.deep.equal([ids[0], ids[1]]);
      expect(ticked(b), 'tab B').to.deep.equal([ids[0], ids[1]]);
      expect(trap.errors).to.deep.equal([]);
    });

    it('survives a burst of events from the other tab, including a cleared storage area', async () => {
      const store = new FaultyStorage();
      useMemoryStorage(store);
      const el = await checklist();
      await tick(el, ids[0]!);
      for (let i = 0; i < 50; i += 1) {
        window.dispatchEvent(
          new StorageEvent('storage', {
            key: FULL_KEY,
            newValue: i % 2 ? 'garbage{' : (store.data.get(FULL_KEY) ?? null),
          }),
        );
      }
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      await settle(el);
      expect(ticked(el)).to.deep.equal([ids[0]]);
      expect(trap.errors).to.deep.equal([]);
    });
  });
});
