// Spanish for every widget: `import 'ipt-widgets/locales/es'`. Widgets whose language resolves to
// Spanish (their own lang, the provider's locale, the page's) show it; nothing else changes.
import { addLanguagePack } from '../../content/locales.js';
import { es } from '../../content/es/index.js';

const { lang, dir, ...content } = es;
addLanguagePack(lang, dir, content);
