// dist/cdn/ipt-explainer.es.js: <ipt-explainer> in English and Spanish.
export * from '../explainer/define.js';
import '../locales/es/index.js';
