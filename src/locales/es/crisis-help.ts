// Spanish for <ipt-crisis-help> alone: its lines and interface words (the crisis box's own CDN file).
import { addLanguagePack } from '../../content/locales.js';
import { crisis } from '../../content/es/crisis.js';
import { ui } from '../../content/es/ui.js';

addLanguagePack('es', 'ltr', { crisis, ui });
