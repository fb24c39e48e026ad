// Types for the part of scripts/size-why.mjs the Node tests in test/node/ import.
/** [generated column, source index, source line, source column]; -1s for bundler-made code. */
export type Segment = [number, number, number, number];
export declare function segmentsByLine(mappings: string): Segment[][];
