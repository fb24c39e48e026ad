import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';

const meta: Meta = {
  title: 'Elements/ipt-explainer',
  component: 'ipt-explainer',
  render: (args) => html`<ipt-explainer heading-level=${ifDefined(args['heading-level'])}></ipt-explainer>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

/** Inside a page section whose own heading is an h2, the widget's top heading becomes an h3. */
export const HeadingLevel3: Story = {
  args: { 'heading-level': '3' },
};
