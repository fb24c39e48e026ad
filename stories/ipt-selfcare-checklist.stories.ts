import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';

const meta: Meta = {
  title: 'Elements/ipt-selfcare-checklist',
  component: 'ipt-selfcare-checklist',
  render: () => html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
