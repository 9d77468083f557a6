export declare const README: string;
export declare const BENCH_README: string;
export declare const START: string;
export declare const END: string;
export interface BenchResults {
  date: string;
  machine?: { nproc?: number; cpu?: string; node?: string; loadAverage1m?: { before: number; after: number } };
  figures: Array<{
    id: string;
    rows: Array<{ metric: string; unit: string; inspector: number; baseline?: number; ratio?: number; target?: string; met?: boolean }>;
  }>;
}
export declare function renderTable(results: BenchResults): string;
export declare function renderSummary(results: BenchResults): string;
export declare function withTable(readme: string, table: string): string;
