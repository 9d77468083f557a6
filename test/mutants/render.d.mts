export declare const DOC: string;
export declare const PATHS: string[];
export interface ResultRow {
  id: string;
  base: string;
  mutant: string;
  meant: boolean;
  caught: boolean;
  said: string;
}
export declare function readResults(dir?: string): Record<string, { path: string; rows: ResultRow[] } | undefined>;
export declare function renderVerdicts(results: Record<string, { path: string; rows: ResultRow[] } | undefined>): string;
export declare function renderDoc(results: Record<string, { path: string; rows: ResultRow[] } | undefined>): Promise<string>;
