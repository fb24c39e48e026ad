// Types for scripts/pack-schema.mjs, so the Node tests in test/node/ can import it type-checked.
export declare function packSchema(): Record<string, unknown>;
