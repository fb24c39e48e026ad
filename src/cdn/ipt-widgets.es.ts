// dist/cdn/ipt-widgets.es.js: every element, in English and Spanish (dist/cdn/ipt-widgets.js stays English only).
export * from '../index.js';
import '../locales/es/index.js';
