import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import {
  has,
  captureWarnings,
  checkbox,
  checkboxes,
  cleanStorage,
  progressText,
  root,
  text,
  TOTAL,
  AXE_TIMEOUT,
  first,
  addStep,
} from './helpers.js';

describe('<ipt-selfcare-checklist>', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

  describe('content', () => {
    it('shows the title as an h2 and each group as an h3 by default', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(text(root(el).querySelector('h2'))).to.equal(en.sectionTitles.selfCare);
      const groupHeadings = [...root(el).querySelectorAll('legend h3')].map(text);
      expect(groupHeadings).to.deep.equal([...en.selfCare.groups.map((group) => group.name), ui.ownHeading]);
    });

    it('follows heading-level for the title and puts groups one level down', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist heading-level="4"></ipt-selfcare-checklist>`);
      expect(text(root(el).querySelector('h4'))).to.equal(en.sectionTitles.selfCare);
      expect(root(el).querySelectorAll('legend h5')).to.have.length(en.selfCare.groups.length + 1);
      expect(has(el, 'h2, h3')).to.equal(false);
    });

    it('warns once about a bad heading-level and uses 2', async () => {
      const warnings = captureWarnings();
      let el: IptSelfcareChecklist;
      try {
        el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist heading-level="9"></ipt-selfcare-checklist>`);
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(root(el).querySelector('h2')).to.exist;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<ipt-selfcare-checklist>').and.contain('heading-level="9"');
    });

    it('shows every self-care item as a checkbox named by its label, inside its group', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      for (const item of en.selfCare.items) {
        const box = checkbox(el, item.label);
        expect(box.type).to.equal('checkbox');
        expect(box.closest('fieldset')!.getAttribute('data-group')).to.equal(item.group);
      }
      expect(checkboxes(el)).to.have.length(TOTAL);
    });

    it('describes each checkbox with its one-line why', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const box = checkbox(el, first.label);
      expect(text(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.equal(first.why);
    });

    it('cites the sources of a step by number, not by title, each named by its title and linked to its http(s) address', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const item = checkbox(el, first.label).closest('li')!;
      const links = [...item.querySelectorAll('a')];
      expect(links.length).to.equal(first.cite.length);
      expect(text(links[0])).to.match(/^\[\d+\]$/);
      expect(links[0].getAttribute('aria-label')).to.match(/^Source \d+: NHS tips for coping with depression$/);
      expect(text(item)).to.not.include('NHS tips for coping with depression');
      for (const link of links) expect(link.href).to.match(/^https?:\/\//);
    });

    it('says that self-care supports professional care and does not replace it', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(text(root(el).querySelector('[part="note"]'))).to.equal(en.selfCare.note);
    });

    it('shows progress as text and as a named progress bar', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(progressText(el)).to.equal(`0 of ${TOTAL} done`);
      const bar = root(el).querySelector('progress')!;
      expect(text(root(el).getElementById(bar.getAttribute('aria-labelledby')!))).to.equal(`0 of ${TOTAL} done`);
      expect(bar.max).to.equal(TOTAL);
      expect(bar.value).to.equal(0);
    });

    it('ends with crisis help for the given region', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist region="uk"></ipt-selfcare-checklist>`);
      const help = root(el).querySelector('ipt-crisis-help')!;
      expect(help.getAttribute('region')).to.equal('uk');
      expect(help.getAttribute('heading-level')).to.equal('3');
      expect(customElements.get('ipt-crisis-help')).to.exist;
    });

    it('warns once about an unknown region and passes no region on', async () => {
      const warnings = captureWarnings();
      let el: IptSelfcareChecklist;
      try {
        el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist region="mars"></ipt-selfcare-checklist>`);
      } finally {
        warnings.restore();
      }
      expect(root(el).querySelector('ipt-crisis-help')!.hasAttribute('region')).to.equal(false);
      expect(warnings.messages.filter((m) => m.includes('region="mars"'))).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<ipt-selfcare-checklist>');
    });

    it('passes axe in its first state', async function () {
      this.timeout(AXE_TIMEOUT);
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('narrow screens', () => {
    /** setViewport is not available through WebKit's WebDriver; there the box (at most 320px wide) gives the same layout width. */
    async function viewport(width: number, height: number): Promise<void> {
      try {
        await setViewport({ width, height });
      } catch {
        // WebKit: rely on the 320px box.
      }
    }

    afterEach(() => viewport(800, 600));

    it('does not scroll sideways at 320px, even with a long unbroken own step and an error', async () => {
      await viewport(320, 640);
      const box = await fixture<HTMLDivElement>(html`<div style="max-width: 320px"><ipt-selfcare-checklist></ipt-selfcare-checklist></div>`);
      const el = box.querySelector('ipt-selfcare-checklist')!;
      await addStep(el, 'x'.repeat(120));
      await addStep(el, '');
      const base = root(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      for (const group of root(el).querySelectorAll('fieldset')) expect(group.scrollWidth).to.be.at.most(group.clientWidth);
    });
  });
});
