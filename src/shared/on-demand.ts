/**
 * Code that only some pages need: the appointment notes and the calendar file (a person presses a
 * button), and the content-overrides validator (a site gives overrides). The CDN files load each
 * then, from `chunks/` beside themselves (scripts/build-cdn.mjs lists these modules), so other pages
 * download none of it. A failed load (offline, or a copy of the file without its chunks folder)
 * rejects: callers say the file could not be made, or apply no overrides, with a warning.
 */
export const loadNotes = () => import('./appointment-summary.js');
export const loadReminder = () => import('../checklist/reminder.js');
export const loadValidator = () => import('../content/validate.js');
