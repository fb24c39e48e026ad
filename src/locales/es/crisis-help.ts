// Spanish for <ipt-crisis-help> alone: its lines and interface words (the crisis box's own CDN file).
import { registerLocale } from '../../content/locales.js';
import { crisis } from '../../content/es/crisis.js';
import { ui } from '../../content/es/ui.js';

registerLocale({ lang: 'es', content: { crisis, ui } });
