/**
 * The looks every element story file shows: dark scheme, a brand theme, right-to-left and a phone.
 * Plain story settings (args, globals, a width wrapper); nothing here changes what a widget does.
 * Story names come from the export names in each file (Dark, BrandTheme, RightToLeft, Phone).
 */
import { html } from 'lit';
import type { Decorator, StoryObj } from '@storybook/web-components-vite';

/** A brand in three tokens, as in the README's Theming section. */
export const BRAND_TOKENS = {
  '--ipt-color-accent': '#5b2a86',
  '--ipt-font-family': 'Georgia, "Times New Roman", serif',
  '--ipt-radius': '0',
} as const;

/** A 320 px column: the narrowest common phone, also when the story runs outside the Storybook UI. */
const phoneWidth: Decorator = (story) => html`<div class="ipt-story-phone" style="max-width: 320px; margin: 0 auto;">${story()}</div>`;

export const dark: StoryObj = {
  args: { 'color-scheme': 'dark' },
  globals: { scheme: 'dark' },
};

export const brand: StoryObj = {
  args: { ...BRAND_TOKENS },
};

export const rtl: StoryObj = {
  globals: { dir: 'rtl' },
};

/** The story in Spanish, through the language toolbar (the provider's locale). */
export const spanish: StoryObj = {
  globals: { lang: 'es' },
};

export const phone: StoryObj = {
  decorators: [phoneWidth],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
