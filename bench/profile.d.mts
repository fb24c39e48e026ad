// Types for bench/profile.mjs, so the Node tests in test/node/ can import it type-checked.
import type { Segment } from '../scripts/size-why.mjs';

export type ScriptPart = 'evaluation' | 'templates' | 'dom' | 'lifecycle' | 'ours' | 'other' | 'gc' | 'page';
export declare const SCRIPT_PARTS: readonly ScriptPart[];
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
export declare function attributeSamples(
  profile: CpuProfile,
  place: (frame: CallFrame) => { label: string; part: ScriptPart },
  inFile: (url: string) => boolean,
): { parts: Record<ScriptPart, number>; functions: Record<string, { part: ScriptPart; ms: number }> };
