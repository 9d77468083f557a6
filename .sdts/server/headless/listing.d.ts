import type { Engine } from "../engine";
export interface Listing {
    method: string;
    key: string;
    items: Array<Record<string, unknown>>;
    pages: number;
    problem?: string;
}
/** Follow nextCursor to the end (or to a repeated cursor, or a page cap). */
export declare function listAll(engine: Engine, method: string, key: string): Promise<Listing>;
