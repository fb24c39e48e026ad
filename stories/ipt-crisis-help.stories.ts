import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';

const meta: Meta = {
  title: 'Elements/ipt-crisis-help',
  component: 'ipt-crisis-help',
  render: () => html`<ipt-crisis-help></ipt-crisis-help>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
