export declare const DOC: string;
export declare const README: string;
export declare const PATHS: string[];
export declare const PUB_PATHS: string[];
export interface ResultRow {
  id: string;
  base: string;
  mutant: string;
  meant: boolean;
  caught: boolean;
  said: string;
  /** Published corpus rows (and own rows of a harmless change): failing it is a false failure. */
  harmless?: boolean;
  plants?: string;
}
type Results = Record<string, { path: string; rows: ResultRow[] } | undefined>;
export declare function readResults(dir?: string): Results;
export declare function readPubResults(dir?: string): Results;
export declare function renderVerdicts(results: Results): string;
export declare function renderPublished(pub: Results): string;
export declare function renderReadmeTable(results: Results, pub: Results): string;
export declare function withReadmeTable(readme: string, table: string): string;
export declare function renderDoc(results: Results, pub?: Results): Promise<string>;
