/** The package version, stamped on every element class so two copies on one page can tell each other apart. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
