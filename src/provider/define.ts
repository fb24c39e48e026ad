import '../hydrate-support.js'; // first: before Lit loads
import { define } from '../define.js';
import { IptProvider } from './provider.js';

define('ipt-provider', IptProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-provider': IptProvider;
  }
}

export { IptProvider };
