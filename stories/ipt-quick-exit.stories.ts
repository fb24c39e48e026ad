import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest, renderElement } from './support/manifest.js';
import { dark, phone, spanish } from './support/looks.js';
import { playInLanguage, widget } from './support/play.js';
import { en } from '../src/content/index.js';
import { es } from '../src/content/es/index.js';

/**
 * `<ipt-quick-exit>`: the button, or Shift pressed 3 times, covers the page and replaces it with
 * the page in `href`. Pressing it here really leaves: Storybook's preview shows the neutral page
 * (or the browser's refusal to frame it); reload Storybook to come back.
 */
const meta: Meta = {
  title: 'Elements/ipt-quick-exit',
  component: 'ipt-quick-exit',
  ...fromManifest('ipt-quick-exit'),
};
export default meta;

type Story = StoryObj;

/** The button and its keyboard hint, leaving for the default neutral page. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await widget(canvasElement, 'ipt-quick-exit');
    await expect(root.querySelector('[part="button"]')).toHaveTextContent(en.quickExitUi.button);
    await expect(root.querySelector('[part="button"]')).toHaveAttribute('href', 'https://www.google.com/');
  },
};

/** A neutral page the site chose. */
export const OwnPage: Story = { name: 'href set by the site', args: { href: 'https://www.bbc.co.uk/weather' } };

/** In Spanish (the language toolbar, through the provider). */
export const Spanish: Story = {
  ...spanish,
  play: playInLanguage('ipt-quick-exit', 'es', es.quickExitUi.button),
};

export const Dark: Story = { ...dark };
export const Phone: Story = { ...phone };

/** With a quick exit on the page, every widget's crisis box offers a small link to it. */
export const CrisisBoxLink: Story = {
  name: 'Crisis box link',
  render: (args) => html`${renderElement('ipt-quick-exit', args)}<ipt-problem-area-quiz heading-level="2"></ipt-problem-area-quiz>`,
  play: async ({ canvasElement }) => {
    const quiz = await widget(canvasElement, 'ipt-problem-area-quiz');
    await waitFor(() => expect(quiz.root.querySelector('a.quick-exit-link')).toHaveTextContent(en.quickExitUi.link));
  },
};
