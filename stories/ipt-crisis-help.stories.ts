import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest } from './support/manifest.js';
import { brand, dark, phone, rtl, spanish } from './support/looks.js';
import { playInLanguage } from './support/play.js';
import { es } from '../src/content/es/index.js';

const meta: Meta = {
  title: 'Elements/ipt-crisis-help',
  component: 'ipt-crisis-help',
  ...fromManifest('ipt-crisis-help'),
};
export default meta;

type Story = StoryObj;

/** No region (and none from the toolbar): every region's lines, then the general line. */
export const RegionUnset: Story = { name: 'Region: not set', globals: { region: 'none' } };
export const RegionUs: Story = { name: 'Region: US', args: { region: 'us' } };
export const RegionCa: Story = { name: 'Region: Canada', args: { region: 'ca' } };
export const RegionUk: Story = { name: 'Region: UK', args: { region: 'uk' } };
export const RegionIe: Story = { name: 'Region: Ireland', args: { region: 'ie' } };
export const RegionAu: Story = { name: 'Region: Australia', args: { region: 'au' } };
export const RegionEu: Story = { name: 'Region: EU (112)', args: { region: 'eu' } };

/** Placed under an h3 on the host page. */
export const HeadingLevel4: Story = { args: { region: 'us', 'heading-level': '4' } };

export const Dark: Story = { ...dark, args: { ...dark.args, region: 'uk' } };
export const BrandTheme: Story = { ...brand, args: { ...brand.args, region: 'au' } };
export const RightToLeft: Story = { ...rtl, args: { region: 'ca' } };
export const Phone: Story = { ...phone, globals: { ...phone.globals, region: 'none' } };

/** In Spanish (the language toolbar, through the provider): the US lines, 988 in Spanish among them. */
export const SpanishUs: Story = {
  ...spanish,
  name: 'Spanish: US',
  args: { region: 'us' },
  play: playInLanguage('ipt-crisis-help', 'es', 'AYUDA'),
};

/** Region and language are independent: UK lines, in Spanish. */
export const SpanishUk: Story = {
  ...spanish,
  name: 'Spanish: UK',
  args: { region: 'uk' },
  play: playInLanguage('ipt-crisis-help', 'es', es.crisis.heading),
};
