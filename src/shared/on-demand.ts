/**
 * Code a person reaches only by pressing a button: the appointment notes and the calendar file.
 * The CDN files load it then, from `chunks/` beside themselves (scripts/build-cdn.mjs lists these
 * modules), so a page where nobody prints or saves downloads none of it. A failed load (offline, or
 * a copy of the file without its chunks folder) rejects: callers then say the file could not be made.
 */
export const loadNotes = () => import('./appointment-summary.js');
export const loadReminder = () => import('../checklist/reminder.js');
