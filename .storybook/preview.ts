import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
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

const REGIONS = ['none', 'us', 'ca', 'uk', 'ie', 'au', 'eu'] as const;

/**
 * Wraps every story in the toolbar's colour scheme and text direction.
 * The region stays in `context.globals.region` for stories of elements that take a `region` attribute.
 */
const withToolbarGlobals: Decorator = (story, context) => {
  const dark = context.globals.scheme === 'dark';
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const style = dark
    ? 'color-scheme: dark; background: #121212; color: #f2f2f2; padding: 1rem;'
    : 'color-scheme: light; background: #ffffff; color: #1a1a1a; padding: 1rem;';
  return html`<div class="ipt-story-root" dir=${dir} style=${style}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbarGlobals],
  globalTypes: {
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
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
  initialGlobals: { scheme: 'light', dir: 'ltr', region: 'none' },
  parameters: {
    controls: { expanded: true },
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
