// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useFixedRows, type FixedRows } from "../../components/use-fixed-rows";

afterEach(cleanup);

/** jsdom lays nothing out: the scroller says it is 280 px tall (ten 28 px rows). */
function List({ count, pinned, seen }: { count: number; pinned?: boolean; seen(r: FixedRows): void }) {
  const rows = useFixedRows({ count, rowHeight: 28, overscan: 2, pinnedToEnd: pinned });
  seen(rows);
  return (
    <div
      ref={(el) => {
        if (el) Object.defineProperty(el, "clientHeight", { configurable: true, value: 280 });
        rows.attach(el);
      }}
    />
  );
}

describe("useFixedRows", () => {
  it("renders the rows in sight and the overscan, however many rows there are", () => {
    let rows!: FixedRows;
    render(<List count={100_000} seen={(r) => (rows = r)} />);
    expect(rows.viewport).toBe(280);
    expect(rows.totalSize).toBe(2_800_000);
    expect(rows.items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rows.items[3].start).toBe(84);
  });

  it("pinned to the end, the last rows are the ones rendered, in the commit that adds them", () => {
    let rows!: FixedRows;
    const { rerender } = render(<List count={50} pinned seen={(r) => (rows = r)} />);
    expect(rows.items.at(-1)!.index).toBe(49);
    expect(rows.offset).toBe(50 * 28 - 280);
    rerender(<List count={80} pinned seen={(r) => (rows = r)} />);
    expect(rows.items.at(-1)!.index).toBe(79);
    expect(rows.items[0].index).toBe(80 - 10 - 2);
  });

  it("follows the offset of the scroll events when not pinned", async () => {
    let rows!: FixedRows;
    render(<List count={1000} seen={(r) => (rows = r)} />);
    const el = rows.element()!;
    el.scrollTop = 28 * 500;
    await act(async () => {
      el.dispatchEvent(new Event("scroll"));
    });
    expect(rows.offset).toBe(14_000);
    expect(rows.items[0].index).toBe(498);
    expect(rows.items.some((i) => i.index === 509)).toBe(true);
  });
});
