// Injection hardening: every payload in ./payloads.ts goes into every attribute (from
// custom-elements.json) and every content-override field of every element. Nothing may run, the
// shadow DOM must hold no handler, script URL or code-loading element, and override text must show
// exactly as written (as text, never as markup).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { MAX_STRING_LENGTH } from '../../src/content/validate.js';
import { PAYLOADS, PAYLOAD_GROUPS, payloadsIn, type Payload } from './payloads.js';
import {
  TAGS,
  allText,
  captureWarnings,
  domProblems,
  mainHeading,
  manifestAttributes,
  mount,
  overridesScript,
  restoreStorage,
  settle,
  tick,
  trapErrors,
  unmountAll,
  useMemoryStorage,
  type Tag,
} from './helpers.js';
import { answerAll, answersFor } from '../quiz/helpers.js';
import type { IptProblemAreaQuiz } from '../../src/quiz/quiz.js';

/** What validation keeps of a string override: trimmed, non-empty, at most 500 characters. */
const shown = (value: string): string | undefined =>
  value.length <= MAX_STRING_LENGTH && value.trim() !== '' ? value.trim() : undefined;

/** Overrides with the payload in every field; each field sits in its own entry so one bad field drops only its entry. */
function overridesWith(value: string, index: number) {
  return {
    quizIntro: value,
    selfCare: {
      extraItems: [
        { id: `hard-label-${index}`, label: value, why: value, group: 'body' },
        { id: value, label: `Hardening item ${index}`, group: 'care' },
      ],
    },
    crisis: {
      extraResources: [
        { name: value, number: '0800 000 0000', kind: 'call' },
        { name: `Hardening line ${index}`, number: value, kind: 'text' },
        { name: `Hardening link ${index}`, number: '0800 111 1111', kind: 'call', href: value },
      ],
    },
    links: [
      { label: value, href: 'https://example.org/' },
      { label: `Hardening link ${index}`, href: value },
    ],
  };
}

/** The override fields each element displays itself (from its own JSON child). */
const DISPLAYS: Record<Tag, ('quizIntro' | 'label' | 'why' | 'crisisName')[]> = {
  'ipt-explainer': [],
  'ipt-problem-area-quiz': ['quizIntro'],
  'ipt-selfcare-checklist': ['label', 'why'],
  'ipt-crisis-help': ['crisisName'],
  'ipt-provider': ['crisisName'],
};

function build(tag: Tag, attributes: readonly string[], payload: string, index: number): HTMLElement {
  const el = document.createElement(tag);
  for (const name of attributes) el.setAttribute(name, payload);
  el.append(overridesScript(overridesWith(payload, index)));
  // The provider shows nothing itself: give it a widget to configure.
  if (tag === 'ipt-provider') el.prepend(document.createElement('ipt-crisis-help'));
  return el;
}

interface Failure {
  payload: string;
  problem: string;
}

const brief = (value: string) => JSON.stringify(value.length > 70 ? `${value.slice(0, 70)}...` : value);

/** Renders one element per payload, checks it, and keeps failures readable (payload and problem). */
async function runGroup(tag: Tag, payloads: readonly Payload[], offset = 0): Promise<Failure[]> {
  const attributes = (await manifestAttributes()).get(tag) ?? [];
  expect(attributes.length, `attributes of <${tag}> in custom-elements.json`).to.be.greaterThan(0);
  const failures: Failure[] = [];
  const trap = trapErrors();
  const warnings = captureWarnings();
  try {
    for (const [i, { value }] of payloads.entries()) {
      let el: HTMLElement;
      try {
        el = await mount(build(tag, attributes, value, offset + i));
      } catch (error) {
        failures.push({ payload: value, problem: `threw: ${String(error)}` });
        continue;
      }
      for (const problem of domProblems(el)) failures.push({ payload: value, problem });
      if (!mainHeading(el)) failures.push({ payload: value, problem: 'no main heading rendered' });
      const text = allText(el);
      const expected = shown(value);
      if (expected !== undefined) {
        const widgetText = tag === 'ipt-provider' ? allText(el.firstElementChild!) : text;
        for (const field of DISPLAYS[tag]) {
          if (!widgetText.includes(expected)) failures.push({ payload: value, problem: `${field} not shown verbatim` });
        }
      }
      if (window.__iptPwned) failures.push({ payload: value, problem: 'script ran' });
    }
    // Handlers a payload could have planted (img onerror, svg onload) fire after a task or two.
    await tick(50);
    if (window.__iptPwned) failures.push({ payload: '(group)', problem: 'script ran after rendering' });
  } finally {
    warnings.restore();
    trap.restore();
    unmountAll();
  }
  for (const error of trap.errors) failures.push({ payload: '(group)', problem: error });
  return failures;
}

/** Payloads per `it`: a full explainer per payload must stay well inside 20 s in the slowest engine. */
const CHUNK = 12;

function chunks<T>(list: readonly T[], size: number): [number, T[]][] {
  const out: [number, T[]][] = [];
  for (let i = 0; i < list.length; i += size) out.push([i, list.slice(i, i + size)]);
  return out;
}

const report = (failures: Failure[]) => failures.map((f) => `${brief(f.payload)}: ${f.problem}`).slice(0, 20);

describe('hardening: injection', () => {
  before(() => {
    useMemoryStorage();
  });

  after(() => {
    restoreStorage();
  });

  afterEach(() => {
    delete window.__iptPwned;
    unmountAll();
  });

  it('has a corpus of at least 100 payloads, each planting window.__iptPwned where it could run', () => {
    expect(PAYLOADS.length).to.be.at.least(100);
    const runnable = PAYLOADS.filter((p) => p.value.includes('__iptPwned'));
    expect(runnable.length).to.be.at.least(80);
    expect(window.__iptPwned).to.equal(undefined);
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const group of PAYLOAD_GROUPS) {
        for (const [from, chunk] of chunks(payloadsIn(group), CHUNK)) {
          it(`renders ${group} payloads ${from + 1}-${from + chunk.length} in every attribute and override field as inert text`, async () => {
            const failures = await runGroup(tag, chunk, from);
            expect(report(failures)).to.deep.equal([]);
            expect(window.__iptPwned).to.equal(undefined);
          });
        }
      }
    });
  }

  for (const [from, chunk] of chunks(payloadsIn('url'), 10)) {
    it(`never renders a script URL from explainer-href on the quiz result screen (URL payloads ${from + 1}-${from + chunk.length})`, async () => {
      const trap = trapErrors();
      const warnings = captureWarnings();
      const failures: Failure[] = [];
      try {
        for (const { value } of chunk) {
          const quiz = document.createElement('ipt-problem-area-quiz') as IptProblemAreaQuiz;
          quiz.setAttribute('explainer-href', value);
          await mount(quiz);
          await answerAll(quiz, answersFor(['grief']));
          await settle(quiz);
          if (!quiz.shadowRoot!.querySelector('[part="result"]'))
            failures.push({ payload: value, problem: 'no result screen' });
          for (const problem of domProblems(quiz)) failures.push({ payload: value, problem });
          unmountAll();
        }
        await tick(20);
      } finally {
        warnings.restore();
        trap.restore();
      }
      expect(report(failures)).to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
      expect(window.__iptPwned).to.equal(undefined);
    });
  }

  for (const [from, chunk] of chunks(
    PAYLOADS.filter((_, index) => index % 3 === 0),
    15,
  )) {
    it(`keeps payload overrides from a provider inert and verbatim in every widget inside it (every third payload, ${from + 1}-${from + chunk.length})`, async () => {
      const trap = trapErrors();
      const warnings = captureWarnings();
      const failures: Failure[] = [];
      try {
        for (const [i, { value }] of chunk.entries()) {
          const provider = document.createElement('ipt-provider');
          provider.append(overridesScript(overridesWith(value, i)));
          const quiz = document.createElement('ipt-problem-area-quiz');
          const checklist = document.createElement('ipt-selfcare-checklist');
          const crisis = document.createElement('ipt-crisis-help');
          provider.append(quiz, checklist, crisis);
          await mount(provider);
          await Promise.all([quiz, checklist, crisis].map(settle));
          for (const problem of domProblems(provider)) failures.push({ payload: value, problem });
          const expected = shown(value);
          if (expected !== undefined) {
            if (!allText(quiz).includes(expected))
              failures.push({ payload: value, problem: 'quizIntro not shown in the quiz' });
            if (!allText(checklist).includes(expected))
              failures.push({ payload: value, problem: 'label not shown in the checklist' });
            if (!allText(crisis).includes(expected))
              failures.push({ payload: value, problem: 'crisis name not shown' });
          }
          unmountAll();
        }
        await tick(20);
      } finally {
        warnings.restore();
        trap.restore();
      }
      expect(report(failures)).to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
      expect(window.__iptPwned).to.equal(undefined);
    });
  }
});

describe('hardening: the checks themselves', () => {
  afterEach(() => unmountAll());

  it('would notice a planted handler, script URL and iframe in a nested shadow root', async () => {
    const crisis = await mount(document.createElement('ipt-crisis-help'));
    const img = document.createElement('img');
    img.setAttribute('onerror', 'void 0');
    const link = document.createElement('a');
    link.setAttribute('href', ' \tJaVa\nScRiPt:void 0');
    crisis.shadowRoot!.append(img, link, document.createElement('iframe'));
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(crisis);
    expect(domProblems(host)).to.have.length(3);
  });
});

describe('hardening: a widget’s own overrides', () => {
  before(() => useMemoryStorage());
  after(() => restoreStorage());
  afterEach(() => unmountAll());

  // README: "The same <script type="application/json"> child works inside a single widget."
  // A site that adds its local crisis line to one widget expects it in that widget's crisis box.
  for (const tag of ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist'] as const) {
    it(`<${tag}> shows crisis lines from its own JSON child in its crisis box`, async () => {
      const el = document.createElement(tag);
      el.append(
        overridesScript({
          crisis: { extraResources: [{ name: 'Our trust’s crisis line', number: '0800 000 0000', kind: 'call' }] },
        }),
      );
      await mount(el);
      const crisisBox = el.shadowRoot!.querySelector('ipt-crisis-help');
      expect(crisisBox, 'crisis box').to.exist;
      expect(allText(crisisBox!).includes('Our trust’s crisis line'), 'the site’s line in the crisis box').to.equal(
        true,
      );
    });
  }
});
