import { html, nothing } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
// Registers every element, <ipt-provider> included (the toolbar decorator below uses it).
import '../src/index.js';
// Spanish, and a pseudo-language made from English (every text in ⟦ ⟧) that shows which words come
// from a pack: the language toolbar's choices.
import '../src/locales/es/index.js';
import { registerLocale } from '../src/content/index.js';
import { pseudoContent } from '../test/i18n/pseudo-pack.js';
// Generated from the elements' JSDoc by the custom-elements-manifest analyzer; feeds autodocs and controls.
import manifest from '../custom-elements.json';

interface Manifest {
  modules?: { declarations?: { members?: { privacy?: string; static?: boolean }[] }[] }[];
}

/** Controls and autodocs show each element's public instance API: no private, protected or static members. */
function publicApi(cem: Manifest): Manifest {
  return {
    ...cem,
    modules: cem.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
      })),
    })),
  };
}

setCustomElementsManifest(publicApi(manifest));

registerLocale({ lang: 'qps', content: pseudoContent() });

const REGIONS = ['none', 'us', 'ca', 'uk', 'ie', 'au', 'eu'] as const;
const LANGUAGES = ['en', 'es', 'qps'] as const;

const SCHEMES = ['light', 'dark', 'auto'] as const;

/** The page around a story, per toolbar scheme: the widgets paint their own surface on top. */
const PAGE_STYLE: Record<(typeof SCHEMES)[number], string> = {
  light: 'color-scheme: light; background: #ffffff; color: #1a1a1a;',
  dark: 'color-scheme: dark; background: #121212; color: #f2f2f2;',
  auto: 'color-scheme: light dark; background: Canvas; color: CanvasText;',
};

/**
 * Wires the toolbar into every story: text direction on a wrapper, and colour scheme, region and
 * language on an `<ipt-provider>` around the story, which every widget reads. A story that sets
 * `region`, `color-scheme` or `lang` on its own element wins, as a widget's own attribute always does.
 */
const withToolbarGlobals: Decorator = (story, context) => {
  const scheme = SCHEMES.find((s) => s === context.globals.scheme) ?? 'light';
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const region = REGIONS.find((r) => r !== 'none' && r === context.globals.region);
  const lang = LANGUAGES.find((l) => l === context.globals.lang) ?? 'en';
  return html`<div class="ipt-story-root" dir=${dir} style="${PAGE_STYLE[scheme]} padding: 1rem;">
    <ipt-provider color-scheme=${scheme} region=${region ?? nothing} locale=${lang}>${story()}</ipt-provider>
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbarGlobals, withActions],
  globalTypes: {
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Follow the device' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'qps', title: 'Test pack (pseudo-language)' },
        ],
        dynamicTitle: true,
      },
    },
    region: {
      description: 'Region for crisis lines and services',
      toolbar: {
        title: 'Region',
        icon: 'globe',
        items: REGIONS.map((value) => ({ value, title: value === 'none' ? 'No region' : value.toUpperCase() })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light', dir: 'ltr', region: 'none', lang: 'en' },
  parameters: {
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Embedding',
          'Theming',
          'Content and sources',
          'Accessibility statement',
          'Privacy statement',
          'Languages',
          'Server rendering',
          'Elements',
          ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help', 'ipt-provider'],
        ],
      },
    },
    a11y: {
      // Violations fail the story's a11y test (in the test runner / Vitest addon), not just warn.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
  },
};

export default preview;
