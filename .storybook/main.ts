import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Storybook must work offline: no telemetry (the dev script also passes --no-version-updates).
  core: { disableTelemetry: true },
};

export default config;
