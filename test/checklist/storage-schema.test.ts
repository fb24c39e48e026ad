import { expect } from '@open-wc/testing';
import {
  applyWeeklyReset,
  backupKeyFor,
  clearTicks,
  emptyDoc,
  isLegacyBackupKey,
  mergeDocs,
  migrate,
  newOwnStepId,
  normalizeStepText,
  parseStored,
  prune,
  sanitizeStorageKey,
  serialize,
  storageKeyFor,
  validateOwnStep,
  weekStartOf,
  withOwnStep,
  withoutOwnStep,
  withTick,
  withoutTicks,
  HIDDEN_TICKS_MAX,
  OWN_STEP_MAX_LENGTH,
  OWN_STEPS_MAX,
  SCHEMA_VERSION,
  PLAN_MAX,
  withPlanStep,
  withoutPlanStep,
} from '../../src/checklist/storage-schema.js';

describe('storage-schema', () => {
  describe('storage keys', () => {
    it('namespaces the key under ipt-selfcare:', () => {
      expect(storageKeyFor('clinic-a')).to.equal('ipt-selfcare:clinic-a');
    });

    it('accepts letters, digits, dots, underscores and hyphens, trimming spaces', () => {
      expect(sanitizeStorageKey('  Clinic_A.v-2 ')).to.equal('Clinic_A.v-2');
    });

    it('refuses a colon, so a key cannot reach into another key or a backup', () => {
      expect(sanitizeStorageKey('a:corrupt-1')).to.equal(undefined);
    });

    it('refuses spaces, slashes and an empty value', () => {
      expect(sanitizeStorageKey('my list')).to.equal(undefined);
      expect(sanitizeStorageKey('a/b')).to.equal(undefined);
      expect(sanitizeStorageKey('   ')).to.equal(undefined);
      expect(sanitizeStorageKey(null)).to.equal(undefined);
    });

    it('refuses keys longer than 64 characters', () => {
      expect(sanitizeStorageKey('a'.repeat(64))).to.equal('a'.repeat(64));
      expect(sanitizeStorageKey('a'.repeat(65))).to.equal(undefined);
    });

    it('names one backup per key, so a newer backup replaces the older', () => {
      expect(backupKeyFor('default')).to.equal('ipt-selfcare:default:corrupt');
    });

    it('recognises the time-stamped backups of earlier versions of this key only', () => {
      expect(isLegacyBackupKey('default', 'ipt-selfcare:default:corrupt-1700000000000')).to.equal(true);
      expect(isLegacyBackupKey('default', 'ipt-selfcare:default:corrupt')).to.equal(false);
      expect(isLegacyBackupKey('default', 'ipt-selfcare:default-2:corrupt-1700000000000')).to.equal(false);
      expect(isLegacyBackupKey('default', 'ipt-selfcare:default')).to.equal(false);
    });
  });

  describe('parseStored', () => {
    it('treats nothing stored as empty', () => {
      expect(parseStored(null)).to.deep.equal({ kind: 'empty' });
      expect(parseStored('')).to.deep.equal({ kind: 'empty' });
    });

    it('reads a current document', () => {
      const raw = JSON.stringify({ v: 3, ticks: { 'enough-sleep': true }, own: [{ id: 'own-a1', text: 'Call Sam' }], plan: ['reconnect'], week: '2024-03-04' });
      expect(parseStored(raw)).to.deep.equal({
        kind: 'ok',
        doc: { v: 3, ticks: { 'enough-sleep': true }, own: [{ id: 'own-a1', text: 'Call Sam' }], plan: ['reconnect'], week: '2024-03-04' },
      });
    });

    it('reads a version 2 document as version 3 with an empty plan', () => {
      const raw = JSON.stringify({ v: 2, ticks: { 'enough-sleep': true }, own: [{ id: 'own-a1', text: 'Call Sam' }], week: '2024-03-04' });
      expect(parseStored(raw)).to.deep.equal({
        kind: 'ok',
        doc: { v: 3, ticks: { 'enough-sleep': true }, own: [{ id: 'own-a1', text: 'Call Sam' }], plan: [], week: '2024-03-04' },
        migratedFrom: 2,
      });
    });

    it('keeps plan ids that look like ids, once each, at most PLAN_MAX, and drops the rest', () => {
      const many = Array.from({ length: PLAN_MAX + 5 }, (_, i) => `step-${i}`);
      const raw = JSON.stringify({ v: 3, ticks: {}, own: [], plan: ['reconnect', 'reconnect', 'Bad Id', 7, '<b>', 'x'.repeat(61), ...many] });
      const result = parseStored(raw);
      expect(result.kind).to.equal('ok');
      const plan = result.kind === 'ok' ? result.doc.plan : [];
      expect(plan[0]).to.equal('reconnect');
      expect(plan.length).to.equal(PLAN_MAX);
      expect(plan.filter((id) => id === 'reconnect')).to.have.length(1);
      expect(plan.some((id) => /[^a-z0-9-]/.test(id))).to.equal(false);
    });

    it('adds a plan step once, and takes it out with its tick unless the step is on the list itself', () => {
      const added = withPlanStep(withPlanStep(emptyDoc(), 'reconnect'), 'reconnect');
      expect(added.plan).to.deep.equal(['reconnect']);
      expect(withPlanStep(added, 'Not an id')).to.equal(added);
      const ticked = withTick(withPlanStep(added, 'talk-to-someone'), 'reconnect', true);
      const both = withTick(ticked, 'talk-to-someone', true);
      expect(withoutPlanStep(both, 'reconnect', false).ticks).to.deep.equal({ 'talk-to-someone': true });
      expect(withoutPlanStep(both, 'talk-to-someone', true)).to.deep.include({ plan: ['reconnect'] });
      expect(withoutPlanStep(both, 'talk-to-someone', true).ticks).to.deep.equal({ reconnect: true, 'talk-to-someone': true });
    });

    it('calls text that is not JSON corrupt', () => {
      expect(parseStored('{"v":2,')).to.deep.equal({ kind: 'corrupt' });
    });

    it('calls JSON of an unknown shape corrupt', () => {
      expect(parseStored('[1,2]')).to.deep.equal({ kind: 'corrupt' });
      expect(parseStored('"hello"')).to.deep.equal({ kind: 'corrupt' });
      expect(parseStored('{"ticks":{}}')).to.deep.equal({ kind: 'corrupt' });
      expect(parseStored('null')).to.deep.equal({ kind: 'corrupt' });
    });

    it('recognises a document from a newer version instead of calling it corrupt', () => {
      expect(parseStored('{"v":4,"anything":true}')).to.deep.equal({ kind: 'newer', version: 4 });
    });

    it('drops tick values that are not true and own steps that are malformed', () => {
      const raw = JSON.stringify({
        v: 2,
        ticks: { a: true, b: 'yes', c: false },
        own: [
          { id: 'own-1', text: '  Walk   the dog ' },
          { id: 'own-1', text: 'duplicate id' },
          { id: 'bad id', text: 'x' },
          { id: 'own-2', text: '' },
          { id: 'own-3', text: 'x'.repeat(OWN_STEP_MAX_LENGTH + 1) },
          { id: 'own-4' },
          'nope',
        ],
        week: 'last week',
      });
      expect(parseStored(raw)).to.deep.equal({ kind: 'ok', doc: { v: 3, ticks: { a: true }, own: [{ id: 'own-1', text: 'Walk the dog' }], plan: [] }, migratedFrom: 2 });
    });
  });

  describe('migration', () => {
    it('migrates a first-version document to the current version', () => {
      const result = migrate({ version: 1, done: ['enough-sleep', 'move-regularly', 42] });
      expect(result).to.deep.equal({
        kind: 'ok',
        doc: { v: SCHEMA_VERSION, ticks: { 'enough-sleep': true, 'move-regularly': true }, own: [], plan: [] },
        migratedFrom: 1,
      });
    });

    it('writes documents in the current version', () => {
      expect(JSON.parse(serialize(emptyDoc()))).to.deep.equal({ v: SCHEMA_VERSION, ticks: {}, own: [], plan: [] });
      expect(SCHEMA_VERSION).to.equal(3);
    });
  });

  describe('edits', () => {
    it('keeps ticks for steps this page does not show (another page may) and own-step ticks', () => {
      const doc = { v: 3 as const, plan: [] as string[], ticks: { elsewhere: true as const, kept: true as const, 'own-1': true as const }, own: [{ id: 'own-1', text: 'Mine' }] };
      expect(prune(doc, ['kept', 'new-item']).ticks).to.deep.equal({ elsewhere: true, kept: true, 'own-1': true });
    });

    it('drops ticks of own steps that are no longer on the list', () => {
      const doc = { v: 3 as const, plan: [] as string[], ticks: { 'own-gone': true as const, 'own-1': true as const }, own: [{ id: 'own-1', text: 'Mine' }] };
      expect(prune(doc, []).ticks).to.deep.equal({ 'own-1': true });
    });

    it('keeps only the newest hidden ticks, dropping the oldest, and never a shown one', () => {
      const ticks: Record<string, true> = { shown: true };
      for (let i = 0; i < HIDDEN_TICKS_MAX + 5; i++) ticks[`site-step-${i}`] = true;
      const kept = Object.keys(prune({ v: 3, ticks, own: [], plan: [] }, ['shown']).ticks);
      expect(kept).to.have.length(HIDDEN_TICKS_MAX + 1);
      expect(kept).to.include('shown');
      expect(kept).to.not.include('site-step-4');
      expect(kept).to.include('site-step-5');
      expect(kept).to.include(`site-step-${HIDDEN_TICKS_MAX + 4}`);
    });

    it('unticks only the given steps', () => {
      const doc = { v: 3 as const, plan: [] as string[], ticks: { a: true as const, elsewhere: true as const }, own: [] };
      expect(withoutTicks(doc, ['a', 'b'])).to.deep.equal({ v: 3, plan: [], ticks: { elsewhere: true }, own: [] });
    });

    it('merges a list kept in memory into the saved one without losing either', () => {
      const saved = { v: 3 as const, plan: [] as string[], ticks: { a: true as const }, own: [{ id: 'own-1', text: 'Saved' }], week: '2024-03-04' };
      const memory = { v: 3 as const, plan: [] as string[], ticks: { b: true as const, 'own-2': true as const }, own: [{ id: 'own-1', text: 'Saved' }, { id: 'own-2', text: 'New' }] };
      expect(mergeDocs(saved, memory)).to.deep.equal({
        v: 3,
        plan: [],
        ticks: { a: true, b: true, 'own-2': true },
        own: [{ id: 'own-1', text: 'Saved' }, { id: 'own-2', text: 'New' }],
        week: '2024-03-04',
      });
    });

    it('ticks and unticks', () => {
      const ticked = withTick(emptyDoc(), 'a', true);
      expect(ticked.ticks).to.deep.equal({ a: true });
      expect(withTick(ticked, 'a', false).ticks).to.deep.equal({});
    });

    it('removes an own step together with its tick', () => {
      const doc = withTick(withOwnStep(emptyDoc(), { id: 'own-1', text: 'Mine' }), 'own-1', true);
      expect(withoutOwnStep(doc, 'own-1')).to.deep.equal({ v: 3, plan: [], ticks: {}, own: [] });
    });

    it('clears ticks but keeps own steps', () => {
      const doc = withTick(withOwnStep(emptyDoc(), { id: 'own-1', text: 'Mine' }), 'own-1', true);
      expect(clearTicks(doc)).to.deep.equal({ v: 3, plan: [], ticks: {}, own: [{ id: 'own-1', text: 'Mine' }] });
    });
  });

  describe('own steps', () => {
    it('accepts plain text, trimmed and on one line', () => {
      expect(validateOwnStep('  Call\nmy   sister ', 0)).to.deep.equal({ ok: true, text: 'Call my sister' });
      expect(normalizeStepText('\ta\n\nb ')).to.equal('a b');
    });

    it('refuses an empty or blank step', () => {
      expect(validateOwnStep('   ', 0)).to.deep.equal({ ok: false, error: 'empty' });
    });

    it('refuses a step over the length limit and accepts one at the limit', () => {
      expect(validateOwnStep('x'.repeat(OWN_STEP_MAX_LENGTH), 0).ok).to.equal(true);
      expect(validateOwnStep('x'.repeat(OWN_STEP_MAX_LENGTH + 1), 0)).to.deep.equal({ ok: false, error: 'too-long' });
    });

    it('counts characters, not UTF-16 units, so emoji are not double-counted', () => {
      expect(validateOwnStep('🙂'.repeat(OWN_STEP_MAX_LENGTH), 0).ok).to.equal(true);
    });

    it('refuses more steps than the limit', () => {
      expect(validateOwnStep('One more', OWN_STEPS_MAX)).to.deep.equal({ ok: false, error: 'too-many' });
    });

    it('makes ids that do not clash', () => {
      const first = newOwnStepId(new Set(), 1000);
      expect(first).to.match(/^own-[a-z0-9]+$/);
      expect(newOwnStepId(new Set([first]), 1000)).to.equal(`${first}-2`);
      expect(newOwnStepId(new Set([first, `${first}-2`]), 1000)).to.equal(`${first}-3`);
    });
  });

  describe('weekly reset', () => {
    it('starts the week on Monday at local midnight', () => {
      expect(weekStartOf(new Date(2024, 2, 4, 0, 0, 0))).to.equal('2024-03-04'); // Monday 00:00
      expect(weekStartOf(new Date(2024, 2, 3, 23, 59, 59))).to.equal('2024-02-26'); // Sunday night
      expect(weekStartOf(new Date(2024, 2, 6, 12))).to.equal('2024-03-04'); // Wednesday
    });

    it('crosses month and year ends', () => {
      expect(weekStartOf(new Date(2025, 0, 1, 9))).to.equal('2024-12-30');
    });

    it('clears ticks from an earlier week and keeps own steps', () => {
      const doc = { v: 3 as const, plan: [] as string[], ticks: { a: true as const }, own: [{ id: 'own-1', text: 'Mine' }], week: '2024-02-26' };
      const result = applyWeeklyReset(doc, new Date(2024, 2, 4, 8));
      expect(result).to.deep.equal({ doc: { v: 3, plan: [], ticks: {}, own: [{ id: 'own-1', text: 'Mine' }], week: '2024-03-04' }, cleared: true });
    });

    it('keeps ticks within the same week', () => {
      const doc = { v: 3 as const, plan: [] as string[], ticks: { a: true as const }, own: [], week: '2024-03-04' };
      expect(applyWeeklyReset(doc, new Date(2024, 2, 10, 23, 59))).to.deep.equal({ doc, cleared: false });
    });

    it('only records the week when none was stored yet', () => {
      const doc = { v: 3 as const, plan: [] as string[], ticks: { a: true as const }, own: [] };
      expect(applyWeeklyReset(doc, new Date(2024, 2, 6))).to.deep.equal({ doc: { ...doc, week: '2024-03-04' }, cleared: false });
    });
  });
});
