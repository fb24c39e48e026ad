// Lit's hydration support: a widget the server rendered (declarative shadow DOM, see ipt-widgets/ssr)
// is adopted in place, node for node, instead of being rebuilt. It must run before Lit's LitElement
// module does, so every entry imports this module first. Widgets rendered in the browser are unaffected.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
