// Types for bench/profile.mjs, so the Node tests in test/node/ can import it type-checked.
export type ScriptPart = 'evaluation' | 'templates' | 'dom' | 'lifecycle' | 'ours' | 'gc' | 'page';
export declare const SCRIPT_PARTS: readonly ScriptPart[];
/** [generated column, source index, source line, source column] */
export type Segment = [number, number, number, number];
export declare function segmentsByLine(mappings: string): Segment[][];
export declare function segmentAt(lines: Segment[][], line: number, column: number): Segment | undefined;
export declare function enclosingName(sourceLines: readonly string[], line: number): string;
export declare function partOf(module: string, name: string, topLevel: boolean): ScriptPart;
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}
export declare function attribute(
  profile: CpuProfile,
  place: (frame: CallFrame) => { label: string; part: ScriptPart },
  inFile: (url: string) => boolean,
): { parts: Record<ScriptPart, number>; functions: Record<string, { part: ScriptPart; ms: number }> };
