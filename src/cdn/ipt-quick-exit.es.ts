// dist/cdn/ipt-quick-exit.es.js: the quick exit in English and Spanish.
export * from '../quick-exit/define.js';
import '../locales/es/quick-exit.js';
