import type { Area, SurfaceChange, SurfaceDiff } from "./compare";
/** A heading of the page's diff view and the changes under it, breaking first. */
export interface ChangeGroup {
    area: Area;
    title: string;
    breaking: number;
    changes: SurfaceChange[];
}
/** The changes of a diff by area, in reading order, only areas with changes; inside one, breaking first (stable otherwise). */
export declare function groupChanges(d: SurfaceDiff): ChangeGroup[];
