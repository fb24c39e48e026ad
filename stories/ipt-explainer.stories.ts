import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest } from './support/manifest.js';
import { brand, dark, phone, rtl, spanish } from './support/looks.js';
import { playInLanguage } from './support/play.js';
import { es } from '../src/content/es/index.js';

const meta: Meta = {
  title: 'Elements/ipt-explainer',
  component: 'ipt-explainer',
  ...fromManifest('ipt-explainer'),
  args: { 'heading-level': '2' },
};
export default meta;

type Story = StoryObj;

/** The default: one disclosure per section, the first one open. */
export const Accordion: Story = { args: { layout: 'accordion' } };

/** Every section open, one long page (for a page that is only about IPT). */
export const Expanded: Story = { args: { layout: 'expanded' } };

/** Accordion with chosen sections open at start. */
export const OpenSections: Story = { args: { open: 'process evidence' } };

/** One section only: the phases of IPT. Citations link to the sources themselves. */
export const SectionProcess: Story = { name: 'Section: process', args: { sections: 'process', layout: 'expanded' } };

/** One section only: the four problem areas. */
export const SectionProblemAreas: Story = {
  name: 'Section: problem areas',
  args: { sections: 'problem-areas', layout: 'expanded' },
};

/** A chosen pair, in the given order: the evidence and its numbered sources. */
export const SectionsEvidenceAndSources: Story = {
  name: 'Sections: evidence and sources',
  args: { sections: 'evidence sources', layout: 'expanded' },
};

/** Inside a page section whose own heading is an h2, the widget's top heading becomes an h3. */
export const HeadingLevel3: Story = { args: { 'heading-level': '3' } };

/** Deeper in a page outline: the top heading is an h4 and section headings h5. */
export const HeadingLevel4: Story = { args: { 'heading-level': '4', sections: 'what problem-areas' } };

/** The site's own title text (shown as text, never as markup). */
export const OwnTitle: Story = { name: 'Own title', args: { heading: 'How interpersonal therapy works', sections: 'what process' } };

/** No title: for a page whose own h1 already says "Interpersonal therapy"; sections become h2. */
export const NoTitle: Story = { name: 'No title', args: { 'no-heading': true, sections: 'what process' } };

/** With a region, the crisis box at the end shows that region's lines only. */
export const RegionUk: Story = { name: 'Region: UK', args: { region: 'uk', sections: 'what' } };

export const Dark: Story = { ...dark, args: { ...dark.args, layout: 'expanded', sections: 'what problem-areas' } };
export const BrandTheme: Story = { ...brand, args: { ...brand.args, open: 'what how-it-helps' } };
export const RightToLeft: Story = { ...rtl, args: { sections: 'what process' } };
export const Phone: Story = { ...phone, args: { open: 'what process' } };

/** Every section in Spanish. */
export const SpanishExpanded: Story = {
  ...spanish,
  name: 'Spanish: expanded',
  args: { layout: 'expanded' },
  play: playInLanguage('ipt-explainer', 'es', es.explainerUi.title),
};

/** The accordion in Spanish on a phone. */
export const SpanishPhone: Story = {
  ...phone,
  globals: { ...phone.globals, ...spanish.globals },
  name: 'Spanish: phone',
  args: { open: 'what problem-areas' },
  play: playInLanguage('ipt-explainer', 'es', es.sectionTitles.problemAreas),
};
