// dist/cdn/ipt-selfcare-checklist.es.js: the checklist in English and Spanish, with only the Spanish it shows.
export * from '../checklist/define.js';
import '../locales/es/checklist.js';
