import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/explainer/define.js';
import type { IptExplainer, SectionToggleDetail } from '../../src/explainer/define.js';
import { en } from '../../src/content/en/index.js';
import { sources } from '../../src/content/sources.js';
import { SECTION_IDS } from '../../src/explainer/model.js';
import { captureWarnings } from '../helpers/console.js';

const DEFAULT_ORDER = [
  'what',
  'how-it-helps',
  'core-concepts',
  'problem-areas',
  'process',
  'evidence',
  'combining',
  'self-care',
  'sources',
];

// emulateMedia only works in Chromium in this setup (the Firefox and WebKit launchers do not support it),
// and it cannot emulate forced colours at all, so that mode is checked by hand, not here.
const isChromium = () => /Chrom(e|ium)\//.test(navigator.userAgent);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const sectionIds = (el: Element) => $$(el, '[part~="section"]').map((s) => s.dataset['section']);
const section = (el: Element, id: string) => $(el, `[part~="section"][data-section="${id}"]`)!;
const toggleOf = (el: Element, id: string) => section(el, id).querySelector<HTMLElement>('summary')!;
const detailsOf = (el: Element, id: string) => section(el, id).querySelector<HTMLDetailsElement>('details')!;
const openIds = (el: Element) =>
  $$<HTMLDetailsElement>(el, 'details').filter((d) => d.open).map((d) => d.closest<HTMLElement>('[part~="section"]')!.dataset['section']);
/** A <details> fires `toggle` a task after it changes; the explainer updates after that. */
const settled = async (el: IptExplainer) => {
  await aTimeout(0);
  await el.updateComplete;
};
const panelOf = (el: Element, id: string) => section(el, id).querySelector<HTMLElement>('[part~="panel"]')!;

/** Whether a person could see the element (not hidden by `hidden`, display or content-visibility). */
function isShown(node: Element): boolean {
  const check = (node as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (check) return check.call(node);
  return node.getClientRects().length > 0;
}


async function fixtureWithWarnings<T extends Element>(template: ReturnType<typeof html>) {
  const warnings = captureWarnings();
  try {
    const el = await fixture<T>(template);
    await (el as unknown as IptExplainer).updateComplete;
    return { el, messages: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('<ipt-explainer>', () => {
  describe('sections', () => {
    it('shows every section in the default order, each with a stable id', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      expect(sectionIds(el)).to.deep.equal(DEFAULT_ORDER);
      expect(SECTION_IDS).to.deep.equal(DEFAULT_ORDER);
      for (const s of $$(el, '[part~="section"]')) expect(s.id).to.match(new RegExp(`-${s.dataset['section']}$`));
    });

    it('titles the sections with the content module titles', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      const titles = $$(el, '[part~="section-heading"]').map((h) => h.textContent!.trim());
      expect(titles).to.deep.equal([
        en.sectionTitles.what,
        en.sectionTitles.howItHelps,
        en.sectionTitles.coreConcepts,
        en.sectionTitles.problemAreas,
        en.sectionTitles.process,
        en.sectionTitles.evidence,
        en.sectionTitles.combining,
        en.sectionTitles.selfCare,
        en.sectionTitles.sources,
      ]);
    });

    it('shows only the listed sections, in the given order', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer sections="evidence, what  sources"></ipt-explainer>`);
      expect(sectionIds(el)).to.deep.equal(['evidence', 'what', 'sources']);
    });

    it('skips an unknown section id with one warning naming the element, attribute and value', async () => {
      const { el, messages } = await fixtureWithWarnings<IptExplainer>(
        html`<ipt-explainer sections="what bogus process"></ipt-explainer>`,
      );
      expect(sectionIds(el)).to.deep.equal(['what', 'process']);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('ipt-explainer').and.contain('sections').and.contain('bogus');
    });

    it('shows every section when no listed id is known', async () => {
      const { el, messages } = await fixtureWithWarnings<IptExplainer>(
        html`<ipt-explainer sections="nothing-here"></ipt-explainer>`,
      );
      expect(sectionIds(el)).to.deep.equal(DEFAULT_ORDER);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('nothing-here');
    });

    it('follows a change to the sections attribute', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer sections="what"></ipt-explainer>`);
      el.setAttribute('sections', 'combining self-care');
      await el.updateComplete;
      expect(sectionIds(el)).to.deep.equal(['combining', 'self-care']);
    });

    it('shows all four problem areas', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded" sections="problem-areas"></ipt-explainer>`);
      const areas = $$(el, '[data-area]').map((a) => a.dataset['area']);
      expect(areas).to.deep.equal(['grief', 'disputes', 'role-transitions', 'isolation']);
      const text = section(el, 'problem-areas').textContent!;
      for (const area of en.problemAreas.areas) expect(text).to.contain(area.name).and.contain(area.clinicalName);
    });

    it('lists the phases of IPT as an ordered sequence', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded" sections="process"></ipt-explainer>`);
      const phases = $$(el, 'ol.phases > li');
      expect(phases).to.have.length(3);
      expect(phases.map((li) => li.querySelector('[part~="subheading"]')!.textContent!.trim())).to.deep.equal(
        en.process.phases.map((p) => p.name),
      );
    });

    it('includes self-care steps and relationship tips in the self-care section', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded" sections="self-care"></ipt-explainer>`);
      const text = section(el, 'self-care').textContent!;
      expect(text).to.contain(en.selfCare.items[0]!.label);
      expect(text).to.contain(en.sectionTitles.relationships);
      expect(text).to.contain(en.relationships.tips[0]!.text);
    });

    it('includes the other-treatments content in the combining section', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded" sections="combining"></ipt-explainer>`);
      const text = section(el, 'combining').textContent!;
      for (const item of en.combining.items) expect(text).to.contain(item.text);
    });
  });

  describe('headings', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`uses h${level} for the title and h${Math.min(level + 1, 6)} for sections at heading-level ${level}`, async () => {
        const el = await fixture<IptExplainer>(html`<ipt-explainer heading-level=${level}></ipt-explainer>`);
        expect($(el, '[part~="heading"]')!.tagName).to.equal(`H${level}`);
        const sectionTags = new Set($$(el, '[part~="section-heading"]').map((h) => h.tagName));
        expect([...sectionTags]).to.deep.equal([`H${Math.min(level + 1, 6)}`]);
      });
    }

    /** Every heading level in reading order, into the crisis box's own shadow root. */
    const outline = (el: Element) => {
      const out: string[] = [];
      const walk = (root: ShadowRoot) => {
        for (const node of root.querySelectorAll('h1, h2, h3, h4, h5, h6, ipt-crisis-help')) {
          if (node.localName === 'ipt-crisis-help') walk((node as HTMLElement).shadowRoot!);
          else out.push(node.tagName);
        }
      };
      walk(el.shadowRoot!);
      return out;
    };
    const crisisHeading = (el: Element) => $(el, 'ipt-crisis-help')!.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!;

    it('shows the site\u2019s own title text, as text', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer heading=${'Talking therapy: IPT <b>now</b>'}></ipt-explainer>`);
      const title = $(el, '[part~="heading"]')!;
      expect(title.textContent!.trim()).to.equal('Talking therapy: IPT <b>now</b>');
      expect(title.querySelector('b')).to.equal(null);
      expect($(el, '[part~="base"]')!.getAttribute('aria-labelledby')).to.equal(title.id);
    });

    it('keeps the default title when heading is empty or spaces', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer heading="  "></ipt-explainer>`);
      expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal(en.explainerUi.title);
    });

    it('leaves the title out with no-heading: sections take heading-level, the crisis box sits beside them', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer no-heading heading-level="2" layout="expanded"></ipt-explainer>`);
      expect($(el, '[part~="heading"]')).to.equal(null);
      const tags = outline(el);
      expect(tags[0]).to.equal('H2');
      expect([...new Set($$(el, '[part~="section-heading"]').map((h) => h.tagName))]).to.deep.equal(['H2']);
      expect(Math.min(...$$(el, '[part~="subheading"]').map((h) => Number(h.tagName[1])))).to.equal(3);
      for (let i = 1; i < tags.length; i++) expect(Number(tags[i]![1]) - Number(tags[i - 1]![1])).to.be.at.most(1);
      expect(crisisHeading(el).tagName).to.equal('H2');
      // The region keeps a name, from the title it does not show.
      expect($(el, '[part~="base"]')!.getAttribute('aria-label')).to.equal(en.explainerUi.title);
      expect($(el, '[part~="base"]')!.hasAttribute('aria-labelledby')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps a whole outline with a title: h2 title, h3 sections and crisis box, h4 inside', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded"></ipt-explainer>`);
      const tags = outline(el);
      expect(tags[0]).to.equal('H2');
      expect(tags.filter((t) => t === 'H2')).to.have.length(1);
      expect(crisisHeading(el).tagName).to.equal('H3');
      // No level is skipped on the way down.
      for (let i = 1; i < tags.length; i++) expect(Number(tags[i]![1]) - Number(tags[i - 1]![1])).to.be.at.most(1);
    });

    it('skips no level on the way down without a title either, at heading-level 1', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer no-heading heading-level="1" layout="expanded"></ipt-explainer>`);
      const tags = outline(el);
      expect(tags[0]).to.equal('H1');
      expect(crisisHeading(el).tagName).to.equal('H1');
      for (let i = 1; i < tags.length; i++) expect(Number(tags[i]![1]) - Number(tags[i - 1]![1])).to.be.at.most(1);
    });

    it('keeps inner headings one level below the section headings', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer heading-level="1" layout="expanded"></ipt-explainer>`);
      const inner = $$(el, '[part~="subheading"]');
      expect(inner.length).to.be.greaterThan(0);
      expect(inner.every((h) => Number(h.tagName[1]) >= 3)).to.equal(true);
      expect(section(el, 'what').querySelector('[part~="subheading"]')!.tagName).to.equal('H3');
    });

    it('caps inner headings at h6', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer heading-level="5" layout="expanded"></ipt-explainer>`);
      const tags = new Set($$(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.tagName));
      expect([...tags].sort()).to.deep.equal(['H5', 'H6']);
    });

    it('warns once about an invalid heading-level and uses 2', async () => {
      const { el, messages } = await fixtureWithWarnings<IptExplainer>(
        html`<ipt-explainer heading-level="9"></ipt-explainer>`,
      );
      expect($(el, '[part~="heading"]')!.tagName).to.equal('H2');
      expect($(el, '[part~="section-heading"]')!.tagName).to.equal('H3');
      const own = messages.filter((m) => m.includes('<ipt-explainer>'));
      expect(own).to.have.length(1);
      expect(own[0]).to.contain('heading-level="9"');
    });
  });

  describe('accordion', () => {
    it('opens only the first section at start', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      expect(openIds(el)).to.deep.equal(['what']);
      expect($$(el, 'details')).to.have.length(DEFAULT_ORDER.length);
      expect(isShown(panelOf(el, 'what').querySelector('p')!)).to.equal(true);
      expect(isShown(panelOf(el, 'evidence').querySelector('p')!)).to.equal(false);
    });

    it('puts each section heading inside the summary that opens it, with the same text', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      for (const id of DEFAULT_ORDER) {
        const summary = toggleOf(el, id);
        expect(summary.parentElement).to.equal(detailsOf(el, id));
        expect(summary.matches('details > summary:first-child')).to.equal(true);
        const headingEl = summary.querySelector('[part~="section-heading"]')!;
        expect(headingEl.tagName).to.equal('H3');
        expect(summary.textContent!.trim()).to.equal(headingEl.textContent!.trim());
        expect(headingEl.textContent!.trim().length).to.be.above(0);
      }
    });

    it('keeps every id unique in the shadow root and the same in two explainers', async () => {
      const a = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      const b = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      const ids = (el: IptExplainer) => $$(el, '[id]').map((n) => n.id);
      expect(new Set(ids(a)).size).to.equal(ids(a).length);
      // Deterministic ids (no counter), so a server and a browser render the same markup.
      expect(ids(a)).to.deep.equal(ids(b));
      const [panelA, panelB] = [a, b].map((el) => el.shadowRoot!.getElementById('explainer-what-panel'));
      expect(panelA?.getAttribute('part')).to.equal('panel');
      expect(panelA).to.not.equal(panelB);
    });

    it('opens a section when its summary is clicked, leaving the others as they were', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      toggleOf(el, 'evidence').click();
      await settled(el);
      expect(openIds(el)).to.deep.equal(['what', 'evidence']);
      expect(isShown(panelOf(el, 'evidence').querySelector('p')!)).to.equal(true);
    });

    it('closes an open section with Enter and keeps focus on its summary', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      const summary = toggleOf(el, 'what');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(detailsOf(el, 'what').open).to.equal(false);
      expect(isShown(panelOf(el, 'what').querySelector('p')!)).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(summary);
    });

    it('opens a closed section with Space and keeps focus on its summary', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      const summary = toggleOf(el, 'process');
      summary.focus();
      await sendKeys({ press: ' ' }); // "Space" is not a key name in Firefox's BiDi driver
      await settled(el);
      expect(detailsOf(el, 'process').open).to.equal(true);
      expect(isShown(panelOf(el, 'process').querySelector('p')!)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(summary);
    });

    it('moves between section summaries with Tab', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer sections="core-concepts combining"></ipt-explainer>`);
      // The first panel is open; close it so Tab goes straight to the next summary.
      toggleOf(el, 'core-concepts').click();
      await settled(el);
      toggleOf(el, 'core-concepts').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(toggleOf(el, 'combining'));
    });

    it('fires ipt-section-toggle with the id and new state', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      setTimeout(() => toggleOf(el, 'evidence').click());
      const event = (await oneEvent(el, 'ipt-section-toggle')) as CustomEvent<SectionToggleDetail>;
      expect(event.detail).to.deep.equal({ id: 'evidence', open: true });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      setTimeout(() => toggleOf(el, 'evidence').click());
      const closed = (await oneEvent(el, 'ipt-section-toggle')) as CustomEvent<SectionToggleDetail>;
      expect(closed.detail).to.deep.equal({ id: 'evidence', open: false });
    });

    it('fires no ipt-section-toggle when the page changes the open attribute', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      let fired = 0;
      el.addEventListener('ipt-section-toggle', () => fired++);
      el.setAttribute('open', 'evidence');
      await settled(el);
      await aTimeout(10);
      expect(openIds(el)).to.deep.equal(['evidence']);
      expect(fired).to.equal(0);
    });

    it('keeps a section a person opened open across a re-render', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      toggleOf(el, 'evidence').click();
      await settled(el);
      el.setAttribute('heading-level', '3');
      await settled(el);
      expect(openIds(el)).to.deep.equal(['what', 'evidence']);
    });

    it('opens the sections named in the open attribute instead of the first', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer open="process, evidence"></ipt-explainer>`);
      expect(openIds(el)).to.deep.equal(['process', 'evidence']);
    });

    it('opens no section when open is empty', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer open=""></ipt-explainer>`);
      expect(openIds(el)).to.have.length(0);
    });

    it('warns once about an unknown id in open and opens the rest', async () => {
      const { el, messages } = await fixtureWithWarnings<IptExplainer>(
        html`<ipt-explainer open="what nope"></ipt-explainer>`,
      );
      expect(openIds(el)).to.deep.equal(['what']);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('ipt-explainer').and.contain('open="nope"');
    });

    it('opens the first listed section when sections is set', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer sections="evidence what"></ipt-explainer>`);
      expect(openIds(el)).to.deep.equal(['evidence']);
    });
  });

  describe('expanded layout', () => {
    it('has no disclosures and shows every section', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded"></ipt-explainer>`);
      expect($$(el, '[part~="section"] :is(button, details, summary)')).to.have.length(0);
      for (const id of DEFAULT_ORDER) {
        expect(panelOf(el, id).hasAttribute('hidden')).to.equal(false);
        expect(isShown(panelOf(el, id).firstElementChild!)).to.equal(true);
      }
    });

    it('warns once about an invalid layout and uses the accordion', async () => {
      const { el, messages } = await fixtureWithWarnings<IptExplainer>(
        html`<ipt-explainer layout="tabs"></ipt-explainer>`,
      );
      expect($$(el, 'summary[part~="toggle"]')).to.have.length(DEFAULT_ORDER.length);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('ipt-explainer').and.contain('layout="tabs"');
    });
  });

  describe('how IPT may help table', () => {
    it('has a caption, column headers and a row header for each way', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded" sections="how-it-helps"></ipt-explainer>`);
      const table = $<HTMLTableElement>(el, 'table[part~="table"]')!;
      expect(table.caption!.textContent!.trim()).to.equal(en.ui.waysTable.caption);
      const cols = [...table.querySelectorAll('thead th')];
      expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      const rows = [...table.tBodies[0]!.rows];
      expect(rows).to.have.length(en.howItHelps.rows.length);
      rows.forEach((row, i) => {
        const th = row.querySelector('th')!;
        expect(th.getAttribute('scope')).to.equal('row');
        expect(th.textContent!.trim()).to.equal(en.howItHelps.rows[i]!.way);
      });
    });

    it('sits in a focusable scroll region named by its caption', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded" sections="how-it-helps"></ipt-explainer>`);
      const wrap = $(el, '.table-wrap')!;
      expect(wrap.getAttribute('role')).to.equal('region');
      expect(wrap.tabIndex).to.equal(0);
      expect(el.shadowRoot!.getElementById(wrap.getAttribute('aria-labelledby')!)!.tagName).to.equal('CAPTION');
    });
  });

  describe('citations and sources', () => {
    it('links every citation to its source, the same address as its numbered entry, named by number and title', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded"></ipt-explainer>`);
      const links = $$<HTMLAnchorElement>(el, 'a[part~="citation"]');
      expect(links.length).to.be.greaterThan(50);
      const list = $(el, '[part~="sources"]')!;
      for (const link of links) {
        const target = el.shadowRoot!.getElementById(`explainer-source-${link.dataset['source']}`);
        expect(target, link.dataset['source']).to.exist;
        expect(list.contains(target)).to.equal(true);
        const number = link.textContent!.trim().replace(/[[\]]/g, '');
        expect(target!.getAttribute('value')).to.equal(number);
        const entryLink = target!.querySelector('a');
        // With scripts off a citation must still lead somewhere: the source itself, or the entry.
        expect(link.getAttribute('href')).to.equal(entryLink ? entryLink.getAttribute('href') : `#${target!.id}`);
        const title = (entryLink ?? target!).textContent!.trim();
        expect(link.getAttribute('aria-label')).to.contain(`Source ${number}: `);
        expect(title).to.contain(link.getAttribute('aria-label')!.replace(`Source ${number}: `, ''));
      }
    });

    it('numbers sources in the order they are first cited', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded"></ipt-explainer>`);
      const firstSeen: string[] = [];
      for (const link of $$(el, 'a[part~="citation"]')) {
        const n = link.textContent!.trim();
        if (!firstSeen.includes(n)) firstSeen.push(n);
      }
      expect(firstSeen).to.deep.equal(firstSeen.map((_, i) => `[${i + 1}]`));
      const entries = $$<HTMLLIElement>(el, '[part~="sources"] > li');
      expect(entries.map((li) => li.value)).to.deep.equal(entries.map((_, i) => i + 1));
      expect(entries).to.have.length(firstSeen.length);
    });

    it('links each source to an http(s) address in the same tab', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded"></ipt-explainer>`);
      const links = $$<HTMLAnchorElement>(el, '[part~="sources"] li > a');
      expect(links.length).to.equal($$(el, '[part~="sources"] > li').length);
      const known = new Set(
        Object.values(sources).map((s) => ('url' in s && s.url) || `https://doi.org/${(s as { doi: string }).doi}`),
      );
      for (const a of links) {
        expect(a.href).to.match(/^https?:\/\//);
        expect(known.has(a.getAttribute('href')!)).to.equal(true);
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.hasAttribute('target')).to.equal(false);
      }
    });

    it('opens the sources section and focuses the entry when a citation is clicked', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      const hash = location.hash;
      const href = location.href;
      const link = panelOf(el, 'what').querySelector<HTMLAnchorElement>('a[part~="citation"]')!;
      expect(detailsOf(el, 'sources').open).to.equal(false);
      link.click();
      await settled(el);
      expect(detailsOf(el, 'sources').open).to.equal(true);
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.id).to.equal(`explainer-source-${link.dataset['source']}`);
      expect(isShown(focused)).to.equal(true);
      expect(location.hash).to.equal(hash);
      expect(location.href).to.equal(href);
    });

    it('reaches the source entry from a citation with the keyboard', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer sections="what sources"></ipt-explainer>`);
      const link = panelOf(el, 'what').querySelector<HTMLAnchorElement>('a[part~="citation"]')!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.shadowRoot!.activeElement!.id).to.equal(`explainer-source-${link.dataset['source']}`);
    });

    it('links citations straight to the source when the sources section is not shown', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer sections="what"></ipt-explainer>`);
      const links = $$<HTMLAnchorElement>(el, 'a[part~="citation"]');
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) {
        expect(a.href).to.match(/^https?:\/\//);
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.getAttribute('aria-label')).to.match(/^Source \d+: .+/);
      }
    });

    it('cites every paragraph in the what section', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer sections="what"></ipt-explainer>`);
      const paragraphs = [...panelOf(el, 'what').querySelectorAll('p')];
      expect(paragraphs).to.have.length(en.what.intro.length + en.what.origin.length + en.what.format.length + en.what.whoDelivers.length);
      for (const p of paragraphs) expect(p.querySelector('a[part~="citation"]')).to.exist;
    });
  });

  describe('review date and crisis help', () => {
    it('shows the last reviewed date as a readable date', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      const time = $(el, '[part~="reviewed"] time')!;
      expect(time.getAttribute('datetime')).to.equal(en.review.lastReviewed);
      const [y, m, d] = en.review.lastReviewed.split('-').map(Number);
      const month = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
      expect(time.textContent!.trim()).to.contain(month).and.contain(String(y)).and.contain(String(d));
      expect($(el, '[part~="reviewed"]')!.textContent).to.contain(en.ui.lastReviewed);
    });

    it('ends with crisis help for the region', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer region="uk"></ipt-explainer>`);
      const base = $(el, '[part~="base"]')!;
      const last = base.lastElementChild!;
      expect(last.tagName).to.equal('IPT-CRISIS-HELP');
      expect(last.getAttribute('region')).to.equal('uk');
      expect(last.getAttribute('heading-level')).to.equal('3');
    });

    it('still ends with crisis help for every region when no region is set', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      const last = $(el, '[part~="base"]')!.lastElementChild!;
      expect(last.tagName).to.equal('IPT-CRISIS-HELP');
      expect(last.hasAttribute('region')).to.equal(false);
    });

    it('warns once about an unknown region and passes none on', async () => {
      const { el, messages } = await fixtureWithWarnings<IptExplainer>(
        html`<ipt-explainer region="mars"></ipt-explainer>`,
      );
      const help = $(el, 'ipt-crisis-help')!;
      expect(help.hasAttribute('region')).to.equal(false);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('<ipt-explainer>').and.contain('region="mars"');
    });
  });

  describe('before and without JavaScript', () => {
    it('does not render light-DOM fallback children after upgrade but keeps them in the light DOM', async () => {
      const el = await fixture<IptExplainer>(
        html`<ipt-explainer><a href="/ipt">Read about interpersonal therapy</a></ipt-explainer>`,
      );
      const link = el.querySelector('a')!;
      expect(link).to.exist;
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(isShown(link)).to.equal(false);
    });
  });

  describe('bad input', () => {
    it('does not throw when every attribute is wrong', async () => {
      const { el, messages } = await fixtureWithWarnings<IptExplainer>(
        html`<ipt-explainer heading-level="x" layout="?" sections="," open="zzz" region="??"></ipt-explainer>`,
      );
      expect(sectionIds(el)).to.deep.equal(DEFAULT_ORDER);
      expect(messages).to.have.length(4);
    });
  });

  describe('accessibility', function () {
    // axe walks about 800 shadow-DOM nodes; allow for slow, shared CI machines.
    this.timeout(40000);

    it('passes axe in the accordion layout', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer region="us"></ipt-explainer>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the expanded layout', async () => {
      const el = await fixture<IptExplainer>(html`<ipt-explainer layout="expanded" heading-level="1"></ipt-explainer>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('narrow screens', function () {
    // One long, fully open render; allow for slow, shared CI machines.
    this.timeout(30000);

    // A 320px-wide box stands in for a 320px viewport (or 1280px at 400% zoom): the element has no
    // media queries, and setViewport is not available in WebKit. Overflowing content would widen
    // scrollWidth; tables scroll inside their own region, which clips them.
    it('does not scroll sideways at 320px wide', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><ipt-explainer layout="expanded" region="us"></ipt-explainer></div>`,
      );
      const el = box.querySelector('ipt-explainer')!;
      await el.updateComplete;
      const base = $(el, '[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const panel of $$(el, '[part~="panel"]')) expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    });

    it('lets a wide table scroll inside its own region rather than the page', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><ipt-explainer layout="expanded" sections="how-it-helps process"></ipt-explainer></div>`,
      );
      const el = box.querySelector('ipt-explainer')!;
      await el.updateComplete;
      for (const wrap of $$(el, '.table-wrap')) {
        expect(wrap.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
        expect(getComputedStyle(wrap).overflowX).to.equal('auto');
      }
    });
  });

  describe('media (Chromium only: emulateMedia is not supported by the Firefox and WebKit launchers)', () => {
    afterEach(async function () {
      if (isChromium()) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', colorScheme: 'light' });
    });

    it('prints every section, closed ones too, with heading text and without the control look', async function () {
      if (!isChromium()) this.skip();
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      await emulateMedia({ media: 'print' });
      for (const id of DEFAULT_ORDER) {
        expect(isShown(panelOf(el, id).firstElementChild!), id).to.equal(true);
        const summary = toggleOf(el, id);
        expect(isShown(summary)).to.equal(true);
        // Heading text in the body colour, not a control in the accent colour.
        expect(getComputedStyle(summary).color).to.equal(getComputedStyle(panelOf(el, 'what')).color);
        expect(getComputedStyle(section(el, id).querySelector('.icon')!).display).to.equal('none');
      }
    });

    it('does not animate the toggle icon when reduced motion is preferred', async function () {
      if (!isChromium()) this.skip();
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      await emulateMedia({ reducedMotion: 'reduce' });
      const icon = section(el, 'what').querySelector('.icon')!;
      expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
    });

    it('switches to the dark colour tokens when the page prefers a dark scheme', async function () {
      if (!isChromium()) this.skip();
      const el = await fixture<IptExplainer>(html`<ipt-explainer></ipt-explainer>`);
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 25, 31)');
      expect(getComputedStyle(toggleOf(el, 'what')).color).to.equal('rgb(140, 200, 242)');
    });
  });
});
