import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';

const meta: Meta = {
  title: 'Elements/ipt-problem-area-quiz',
  component: 'ipt-problem-area-quiz',
  render: () => html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
