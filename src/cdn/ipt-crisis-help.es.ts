// dist/cdn/ipt-crisis-help.es.js: the crisis box in English and Spanish.
export * from '../crisis-help/define.js';
import '../locales/es/crisis-help.js';
