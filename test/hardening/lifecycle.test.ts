// Lifecycle hardening: removed and re-added, moved to another document and back, created before
// the script registers them, and 100 of each on one page. Listeners must be balanced, ARIA and
// label references must stay unique and valid in every shadow root, and nothing may throw.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { spyListeners } from '../helpers/listeners.js';
import {
  IptCrisisHelp,
  IptExplainer,
  IptProblemAreaQuiz,
  IptProvider,
  IptSelfcareChecklist,
  define,
} from '../../src/elements.js';
import type { IptSelfcareChecklist as Checklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import {
  FaultyStorage,
  TAGS,
  idProblems,
  mainHeading,
  mount,
  overridesScript,
  restoreStorage,
  settle,
  trapErrors,
  unmountAll,
  useMemoryStorage,
  type Tag,
} from './helpers.js';

const WIDGETS = TAGS.filter((tag) => tag !== 'ipt-provider');
const CLASSES: Record<Tag, CustomElementConstructor> = {
  'ipt-explainer': IptExplainer,
  'ipt-problem-area-quiz': IptProblemAreaQuiz,
  'ipt-selfcare-checklist': IptSelfcareChecklist,
  'ipt-crisis-help': IptCrisisHelp,
  'ipt-provider': IptProvider,
};

function create(tag: string): HTMLElement {
  const el = document.createElement(tag);
  if (tag.includes('provider')) el.append(document.createElement('ipt-crisis-help'));
  return el;
}

const rendered = (el: Element) => mainHeading(el) !== null;

function sameOriginFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
  const loaded = new Promise<HTMLIFrameElement>((resolve) =>
    frame.addEventListener('load', () => resolve(frame), { once: true }),
  );
  document.body.append(frame);
  return loaded;
}

describe('hardening: lifecycle', () => {
  let trap: ReturnType<typeof trapErrors>;

  beforeEach(() => {
    useMemoryStorage();
    trap = trapErrors();
  });

  afterEach(() => {
    trap.restore();
    unmountAll();
    restoreStorage();
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('survives being removed and re-added twenty times', async () => {
        const el = await mount(create(tag));
        const parent = el.parentElement!;
        for (let i = 0; i < 20; i += 1) {
          el.remove();
          parent.append(el);
          if (i % 5 === 0) await settle(el);
        }
        await settle(el);
        expect(rendered(el)).to.equal(true);
        expect(idProblems(el)).to.deep.equal([]);
        expect(trap.errors).to.deep.equal([]);
      });

      it('survives a move to a document without a window and back', async () => {
        const el = await mount(create(tag));
        const parent = el.parentElement!;
        const other = document.implementation.createHTMLDocument('elsewhere');
        other.body.append(other.adoptNode(el));
        await settle(el);
        parent.append(document.adoptNode(el));
        await settle(el);
        el.setAttribute('heading-level', '3');
        await settle(el);
        expect(rendered(el)).to.equal(true);
        expect(idProblems(el)).to.deep.equal([]);
        expect(trap.errors).to.deep.equal([]);
      });

      it('survives a move into a same-origin iframe and back', async () => {
        const frame = await sameOriginFrame();
        try {
          const el = await mount(create(tag));
          const parent = el.parentElement!;
          const frameDoc = frame.contentDocument!;
          frameDoc.body.append(frameDoc.adoptNode(el));
          await settle(el);
          expect(rendered(el)).to.equal(true);
          parent.append(el);
          await settle(el);
          expect(rendered(el)).to.equal(true);
          expect(idProblems(el)).to.deep.equal([]);
        } finally {
          frame.remove();
        }
        expect(trap.errors).to.deep.equal([]);
      });

      // 100 on one page, added in batches of 25 so no single test runs past 20 s in the slowest engine.
      describe('100 on one page', () => {
        const page = document.createElement('div');
        const localTag = `x-hard-life-${tag.replace(/^ipt-/, '')}`;
        const elements: HTMLElement[] = [];
        const addBatch = async () => {
          const batch = Array.from({ length: 25 }, () => create(localTag));
          page.append(...batch);
          elements.push(...batch);
          if (!customElements.get(localTag)) define(localTag, class extends (CLASSES[tag] as typeof HTMLElement) {});
          await Promise.all(batch.map(settle));
          expect(batch.filter((el) => !rendered(el))).to.have.length(0);
          expect(trap.errors).to.deep.equal([]);
        };

        before(() => document.body.append(page));
        after(() => page.remove());

        it('renders the first 25, created on the page before the tag is registered', addBatch);
        it('renders 25 more (50)', addBatch);
        it('renders 25 more (75)', addBatch);
        it('renders 25 more (100)', addBatch);

        it('keeps ARIA and label references unique and valid in each of the 100', () => {
          expect(elements).to.have.length(100);
          const problems = elements.flatMap((el, i) => [
            ...(el.isConnected && rendered(el) ? [] : [`#${i}: not rendered`]),
            ...idProblems(el).map((p) => `#${i}: ${p}`),
          ]);
          expect(problems.slice(0, 10)).to.deep.equal([]);
        });
      });
    });
  }

  for (const tag of WIDGETS) {
    it(`adds and removes as many window and document listeners for 100 <${tag}> as it connects and disconnects`, async () => {
      const spy = spyListeners();
      try {
        const elements: HTMLElement[] = [];
        for (let i = 0; i < 100; i += 1) {
          const el = create(tag);
          // Listeners do not depend on the content: one short section keeps 100 explainers quick.
          if (tag === 'ipt-explainer') el.setAttribute('sections', 'what');
          elements.push(await mount(el));
        }
        for (const el of elements.slice(0, 50)) el.remove();
        for (const el of elements.slice(0, 50)) await mount(el);
        unmountAll();
        await tick0();
      } finally {
        spy.restore();
      }
      expect(spy.unbalanced()).to.deep.equal([]);
      if (tag === 'ipt-selfcare-checklist') expect(spy.adds.get('window:storage')).to.equal(150);
    });
  }

  it('removes the checklist’s storage listener when moved to another document and back', async () => {
    const spy = spyListeners();
    try {
      const el = await mount(create('ipt-selfcare-checklist'));
      const parent = el.parentElement!;
      const other = document.implementation.createHTMLDocument('elsewhere');
      other.body.append(other.adoptNode(el));
      await settle(el);
      parent.append(document.adoptNode(el));
      await settle(el);
      el.remove();
      other.body.append(other.adoptNode(el));
      other.body.replaceChildren();
    } finally {
      spy.restore();
    }
    expect(spy.unbalanced()).to.deep.equal([]);
  });

  it('keeps the checklist’s ticks through a move into an iframe and back', async () => {
    const frame = await sameOriginFrame();
    try {
      const el = (await mount(create('ipt-selfcare-checklist'))) as Checklist;
      const parent = el.parentElement!;
      const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      first.click();
      await settle(el);
      frame.contentDocument!.body.append(el);
      await settle(el);
      parent.append(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>(`#${first.id}`)!.checked).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  describe('ARIA references', () => {
    it('stay valid on every quiz screen', async () => {
      const quiz = await mount(create('ipt-problem-area-quiz'));
      const root = quiz.shadowRoot!;
      const click = async (part: string) => {
        root.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.click();
        await settle(quiz);
      };
      expect(idProblems(quiz), 'intro').to.deep.equal([]);
      await click('start-button');
      expect(idProblems(quiz), 'question').to.deep.equal([]);
      await click('next-button'); // no answer: the error shows
      expect(idProblems(quiz), 'question with error').to.deep.equal([]);
      for (let i = 0; i < en.quiz.statements.length; i += 1) {
        root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
        await settle(quiz);
        await click('next-button');
      }
      expect(root.querySelector('[part="result"]')).to.exist;
      expect(idProblems(quiz), 'result').to.deep.equal([]);
    });

    it('stay valid in the explainer in both layouts with every section open', async () => {
      const el = create('ipt-explainer');
      el.setAttribute(
        'open',
        'what how-it-helps core-concepts problem-areas process evidence combining self-care sources',
      );
      await mount(el);
      expect(idProblems(el), 'accordion').to.deep.equal([]);
      el.setAttribute('layout', 'expanded');
      await settle(el);
      expect(idProblems(el), 'expanded').to.deep.equal([]);
    });

    it('stay valid in the checklist with an error, own steps and site items', async () => {
      const el = create('ipt-selfcare-checklist');
      el.append(
        overridesScript({
          selfCare: {
            extraItems: [
              { id: 'walk-with-a-friend', label: 'Walk with a friend', why: 'Company helps.', group: 'body' },
            ],
          },
        }),
      );
      await mount(el);
      const root = el.shadowRoot!;
      const form = root.querySelector('form')!;
      form.requestSubmit(); // empty: the error shows
      await settle(el);
      expect(idProblems(el), 'with error').to.deep.equal([]);
      const input = root.querySelector<HTMLInputElement>('#new-step')!;
      for (const text of ['Call my sister', 'Water the plants']) {
        input.value = text;
        input.dispatchEvent(new Event('input'));
        await settle(el);
        form.requestSubmit();
        await settle(el);
      }
      expect(root.querySelectorAll('.own-item')).to.have.length(2);
      expect(idProblems(el), 'with own steps').to.deep.equal([]);
    });

    it('stay unique when a site item’s id matches a saved own step’s id', async () => {
      // Own steps are saved as "own-<base36>"; a site's extra item id is any kebab-case id, so
      // "own-walk" is accepted for both and the two checkboxes end up sharing id="item-own-walk".
      const store = useMemoryStorage(new FaultyStorage()) as FaultyStorage;
      store.data.set(
        'ipt-selfcare:default',
        JSON.stringify({ v: 2, ticks: {}, own: [{ id: 'own-walk', text: 'My own walk' }] }),
      );
      const el = create('ipt-selfcare-checklist');
      el.append(overridesScript({ selfCare: { extraItems: [{ id: 'own-walk', label: 'Site walk', group: 'body' }] } }));
      await mount(el);
      expect(idProblems(el)).to.deep.equal([]);
    });
  });
});

const tick0 = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
