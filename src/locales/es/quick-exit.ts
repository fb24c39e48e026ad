// Spanish for <ipt-quick-exit> and the link to it in every crisis box.
import { addLanguagePack } from '../../content/locales.js';
import { quickExitUi } from '../../content/es/quick-exit-ui.js';

addLanguagePack('es', 'ltr', { quickExitUi });
