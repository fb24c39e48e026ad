// Properties set from JavaScript with values that are not strings (React 19 sets properties, not
// attributes). Runs on an in-memory store, so it never touches the localStorage the other checklist tests use.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/checklist/define.js';
import { webStorage } from '../../src/controllers/storage.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import { trapErrors } from '../hardening/helpers.js';
import { FakeStorage, captureWarnings, checkbox, checkboxes, cleanStorage, root, text } from './helpers.js';

const TOTAL = en.selfCare.items.length;
const [first] = en.selfCare.items;
type Prop = 'storageKey' | 'persist' | 'reset' | 'headingLevel';
const ATTRIBUTE: Record<Prop, string> = {
  storageKey: 'storage-key',
  persist: 'persist',
  reset: 'reset',
  headingLevel: 'heading-level',
};

interface Mounted {
  el: IptSelfcareChecklist;
  errors: string[];
  warnings: string[];
}

/** Sets `prop` before the element is on the page (as a framework does), mounts it, and collects errors and warnings. */
async function mountWith(prop: Prop, value: unknown): Promise<Mounted> {
  const trap = trapErrors();
  const warnings = captureWarnings();
  const el = document.createElement('ipt-selfcare-checklist');
  (el as unknown as Record<string, unknown>)[prop] = value;
  try {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.append(el);
    await el.updateComplete.catch((error: unknown) => trap.errors.push(`updateComplete: ${String(error)}`));
    await aTimeout(10);
  } finally {
    warnings.restore();
    trap.restore();
  }
  return { el, errors: trap.errors, warnings: warnings.messages };
}

/** Sets `prop` on a rendered element, as a framework does on a re-render. */
async function change(el: IptSelfcareChecklist, prop: Prop, value: unknown): Promise<Mounted> {
  const trap = trapErrors();
  const warnings = captureWarnings();
  try {
    (el as unknown as Record<string, unknown>)[prop] = value;
    await el.updateComplete.catch((error: unknown) => trap.errors.push(`updateComplete: ${String(error)}`));
    await aTimeout(10);
  } finally {
    warnings.restore();
    trap.restore();
  }
  return { el, errors: trap.errors, warnings: warnings.messages };
}

const rendered = (el: IptSelfcareChecklist) => text(root(el).querySelector('[part="heading"]')) === en.sectionTitles.selfCare && checkboxes(el).length === TOTAL;

describe('<ipt-selfcare-checklist> properties set from JavaScript', () => {
  let store: FakeStorage;
  beforeEach(() => {
    cleanStorage();
    store = new FakeStorage();
    webStorage.local = () => store;
  });
  afterEach(cleanStorage);

  it('reads storageKey = 42 as the key "42"', async () => {
    const { el, errors, warnings } = await mountWith('storageKey', 42);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    checkbox(el, first.label).click();
    expect([...store.data.keys()]).to.deep.equal(['ipt-selfcare:42']);
  });

  it('treats persist = false as a value it does not know: warns and keeps ticks in memory only', async () => {
    const { el, errors, warnings } = await mountWith('persist', false);
    expect(errors).to.deep.equal([]);
    expect(rendered(el)).to.equal(true);
    checkbox(el, first.label).click();
    expect(store.data.size).to.equal(0);
    expect(text(root(el).querySelector('[part="storage-note"]'))).to.equal(ui.memoryNote);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ipt-selfcare-checklist>').and.contain('persist="false"');
  });

  it('treats reset = null as unset: no weekly reset and no warning', async () => {
    const { el, errors, warnings } = await mountWith('reset', null);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(text(root(el).querySelector('[part="storage-note"]'))).to.equal(ui.storedNote);
  });

  it('reads headingLevel = 3 as level 3', async () => {
    const { el, errors, warnings } = await mountWith('headingLevel', 3);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(text(root(el).querySelector('h3[part="heading"]'))).to.equal(en.sectionTitles.selfCare);
  });

  it('warns about reset = 1 and never resets', async () => {
    const { el, errors, warnings } = await mountWith('reset', 1);
    expect(errors).to.deep.equal([]);
    expect(rendered(el)).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('reset="1"');
  });

  const odd: [string, () => unknown][] = [
    ['a number', () => 7],
    ['true', () => true],
    ['a plain object', () => ({ value: 'local' })],
    ['an array', () => ['local']],
    ['an object without a prototype', () => Object.create(null)],
    ['a symbol', () => Symbol('local')],
    ['a function', () => () => 'local'],
  ];
  for (const prop of Object.keys(ATTRIBUTE) as Prop[]) {
    for (const [name, make] of odd) {
      it(`renders, with at most one warning naming ${ATTRIBUTE[prop]}, when ${prop} is ${name}`, async () => {
        const { el, errors, warnings } = await mountWith(prop, make());
        expect(errors).to.deep.equal([]);
        expect(rendered(el), 'rendered').to.equal(true);
        expect(warnings.length).to.be.at.most(1);
        for (const message of warnings) expect(message).to.contain('<ipt-selfcare-checklist>').and.contain(`${ATTRIBUTE[prop]}="`);
        // Still usable: a tick shows and is counted.
        checkbox(el, first.label).click();
        await el.updateComplete;
        expect(checkbox(el, first.label).checked).to.equal(true);
      });
    }
  }

  it('keeps the ticks on screen when persist becomes false on a rendered list', async () => {
    const { el } = await mountWith('persist', 'local');
    checkbox(el, first.label).click();
    const { errors, warnings } = await change(el, 'persist', false);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(checkbox(el, first.label).checked).to.equal(true);
    expect(text(root(el).querySelector('[part="storage-note"]'))).to.equal(ui.memoryNote);
  });

  it('falls back to the default key, with a warning, when storageKey becomes an object', async () => {
    const { el } = await mountWith('storageKey', 'mine');
    const { errors, warnings } = await change(el, 'storageKey', {});
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('storage-key="[object Object]"');
    checkbox(el, first.label).click();
    expect([...store.data.keys()]).to.deep.equal(['ipt-selfcare:default']);
  });
});
