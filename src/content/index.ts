/**
 * Public content API (`ipt-widgets/content`): types, the English content
 * object `en`, the bibliography, id lists and the overrides validator.
 * Plain data and pure functions only; safe to import in Node.
 */
export type * from './types.js';
export { sources, SOURCE_IDS } from './sources.js';
export { en, quizStatements } from './en/index.js';
export { availableLocales, type LanguagePack, type ContentPart } from './locales.js';
export { registerLocale } from './register-locale.js';
export { AREA_IDS, CRISIS_REGIONS, PHASE_IDS, SELF_CARE_GROUP_IDS, SELF_CARE_ITEM_IDS } from './ids.js';
export {
  validateOverrides,
  isSafeHref,
  MAX_STRING_LENGTH,
  MAX_LIST_LENGTH,
  ROOT_PATH,
} from './validate.js';
export type {
  ContentOverrides,
  OverrideCrisisResource,
  OverrideLink,
  OverrideSelfCareItem,
  ValidationError,
  ValidationResult,
} from './validate.js';
