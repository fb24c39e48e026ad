import { expect } from '@open-wc/testing';
import { openStore, readItem, webStorage, writeItem } from '../../src/controllers/storage.js';
import { en } from '../../src/content/index.js';
import {
  DEFAULT_STORAGE_KEY,
  SESSION_KEY,
  parseSaved,
  sanitizeStorageKey,
  serialiseSaved,
  sessionKeyFor,
} from '../../src/quiz/session.js';

const statements = en.quiz.statements;
const options = en.quiz.answers;
const [first, second, third] = statements;
const valid = options[0]!.value;

describe('quiz session data', () => {
  it('uses a namespaced, versioned key', () => {
    expect(SESSION_KEY).to.equal('ipt-quiz:v1');
  });

  it('keeps the original key for the default storage-key, so earlier sessions still restore', () => {
    expect(sessionKeyFor(DEFAULT_STORAGE_KEY)).to.equal('ipt-quiz:v1');
  });

  it('gives every other storage-key its own key under the same prefix and version', () => {
    expect(sessionKeyFor('clinic-a')).to.equal('ipt-quiz:v1:clinic-a');
    expect(sessionKeyFor('clinic-a')).to.not.equal(sessionKeyFor('clinic-b'));
  });

  it('accepts storage-key values of letters, digits, ".", "_" and "-", trimmed, up to 64 long', () => {
    expect(sanitizeStorageKey(' clinic_a.v-2 ')).to.equal('clinic_a.v-2');
    expect(sanitizeStorageKey('a'.repeat(64))).to.equal('a'.repeat(64));
  });

  it('rejects other storage-key values', () => {
    for (const value of [null, undefined, '', '  ', 'a'.repeat(65), 'a:b', '-lead', 'with space', 'ü', '../x']) {
      expect(sanitizeStorageKey(value), String(value)).to.equal(undefined);
    }
  });

  it('reads nothing saved as no data', () => {
    expect(parseSaved(null, statements, options)).to.deep.equal({ ok: true, saved: null });
  });

  it('reads back what it wrote', () => {
    const saved = { step: 2, answers: { [first!.id]: valid, [second!.id]: valid } };
    expect(parseSaved(serialiseSaved(saved), statements, options)).to.deep.equal({ ok: true, saved });
  });

  it('rejects text that is not JSON', () => {
    const result = parseSaved('{not json', statements, options);
    expect(result.ok).to.equal(false);
  });

  it('rejects JSON of the wrong shape', () => {
    for (const raw of ['[]', '"x"', '42', 'null', '{"step":0}', '{"step":0,"answers":[]}', '{"step":"1","answers":{}}']) {
      expect(parseSaved(raw, statements, options).ok, raw).to.equal(false);
    }
  });

  it('rejects a step outside the statements', () => {
    for (const step of [-1, statements.length, 1.5]) {
      expect(parseSaved(JSON.stringify({ step, answers: {} }), statements, options).ok, String(step)).to.equal(false);
    }
  });

  it('rejects answer values that are not answer options', () => {
    for (const value of [99, -1, 0.5, '1', null]) {
      const raw = JSON.stringify({ step: 0, answers: { [first!.id]: value } });
      expect(parseSaved(raw, statements, options).ok, String(value)).to.equal(false);
    }
  });

  it('rejects answers to unknown statements', () => {
    const raw = JSON.stringify({ step: 0, answers: { 'not-a-statement': valid } });
    expect(parseSaved(raw, statements, options).ok).to.equal(false);
  });

  it('moves the step back to the first unanswered statement', () => {
    const raw = JSON.stringify({ step: 5, answers: { [first!.id]: valid, [third!.id]: valid } });
    const result = parseSaved(raw, statements, options);
    expect(result.ok && result.saved?.step).to.equal(1);
  });

  it('finds the session store in a normal page', () => {
    expect(openStore('session')).to.equal(window.sessionStorage);
  });

  it('finds no store, without throwing, where the page refuses access', () => {
    const real = webStorage.session;
    webStorage.session = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      expect(openStore('session')).to.equal(null);
      expect(readItem(openStore('session'), SESSION_KEY)).to.equal(undefined);
      expect(writeItem(openStore('session'), SESSION_KEY, '{}')).to.equal(false);
    } finally {
      webStorage.session = real;
    }
  });
});
