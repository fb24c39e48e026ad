import { html } from 'lit';
import { expect } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ContentOverrides } from '../src/content/index.js';
import { jsonChild, fromManifest, renderElement } from './support/manifest.js';
import { seedChecklist } from './support/storage.js';

/**
 * `<ipt-provider>` passes `locale`, `region`, `color-scheme` and content overrides to every widget
 * inside it. The stories here set these on the provider, so they win over the toolbar.
 */
const meta: Meta = {
  title: 'Elements/ipt-provider',
  component: 'ipt-provider',
  ...fromManifest('ipt-provider'),
  args: { locale: 'en', region: 'ie' },
  render: (args) =>
    renderElement(
      'ipt-provider',
      args,
      html`<ipt-crisis-help heading-level="2"></ipt-crisis-help>
        <ipt-problem-area-quiz heading-level="2"></ipt-problem-area-quiz>`,
    ),
};
export default meta;

type Story = StoryObj;

/** Locale and region for everything inside: both widgets show Ireland's crisis lines. */
export const LocaleAndRegion: Story = { name: 'Locale and region' };

/** `locale="es"`: every widget inside in Spanish, with the UK's lines (language and region are independent). */
export const SpanishForAll: Story = {
  name: 'locale="es" for all, region UK',
  args: { locale: 'es', region: 'uk' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('ipt-crisis-help');
    const help = canvasElement.querySelector('ipt-crisis-help') as HTMLElement & { updateComplete: Promise<unknown> };
    await help.updateComplete;
    await expect(help.shadowRoot!.querySelector('[part="base"]')).toHaveAttribute('lang', 'es');
    await expect(help.shadowRoot!.textContent).toContain('0808 808 8000');
  },
};

/** A widget's own attribute wins over the provider: this crisis box shows Australia. */
export const OwnAttributeWins: Story = {
  render: (args) =>
    renderElement(
      'ipt-provider',
      args,
      html`<ipt-crisis-help heading-level="2"></ipt-crisis-help>
        <ipt-crisis-help heading-level="2" region="au"></ipt-crisis-help>`,
    ),
};

/** Dark scheme for every widget inside, set once. */
export const DarkForAll: Story = { name: 'color-scheme="dark" for all', args: { 'color-scheme': 'dark' }, globals: { scheme: 'dark' } };

const OVERRIDES: ContentOverrides = {
  crisis: {
    // Fictional: a number from Ireland's range kept for drama (020 91x xxxx). A real site puts its own line here.
    extraResources: [{ region: 'ie', name: 'Our service’s out-of-hours line', number: '020 912 3456', kind: 'call' }],
  },
  selfCare: {
    extraItems: [
      { id: 'walk-with-a-friend', label: 'Walk with a friend', why: 'Moving and company both help.', group: 'connection' },
    ],
  },
  quizIntro: 'Our clinic offers IPT. Talk to your GP about a referral.',
};

/**
 * What a CMS editor writes: a `<script type="application/json">` child with content overrides,
 * here an extra crisis line, an extra self-care step and the site's own quiz intro line.
 */
export const JsonOverrides: Story = {
  name: 'JSON overrides child',
  beforeEach: seedChecklist('story-provider-overrides'),
  render: (args) =>
    renderElement(
      'ipt-provider',
      args,
      html`${jsonChild(OVERRIDES)}
        <ipt-crisis-help heading-level="2"></ipt-crisis-help>
        <ipt-problem-area-quiz heading-level="2"></ipt-problem-area-quiz>
        <ipt-selfcare-checklist heading-level="2" storage-key="story-provider-overrides"></ipt-selfcare-checklist>`,
    ),
};
