import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { VITEST_TIME_FLAGS } from "../helpers/inner-runner";
import { ROOT } from "../helpers/targets";
import { fileCpuReport, readFileCpu } from "./file-cpu";

const dir = mkdtempSync(path.join(tmpdir(), "file-cpu-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A loop that runs until this process has used `ms` of CPU (not of wall time: the machine may be busy). */
const burn = (ms: number) => `const s = process.cpuUsage(); while (process.cpuUsage(s).user < ${ms * 1000});`;

describe("VITEST_FILE_CPU: each test file's CPU, its own and its child processes'", () => {
  it("counts a child's CPU with the file that started it, the worker's own with the file that spent it, and prints the table", async () => {
    writeFileSync(
      path.join(dir, "vitest.config.mjs"),
      `export default { test: { include: ["*.test.mjs"], setupFiles: [${JSON.stringify(path.join(ROOT, "test/setup/file-cpu-hooks.ts"))}], reporters: ["default", ${JSON.stringify(path.join(ROOT, "test/setup/slow-tests-reporter.ts"))}] } };\n`,
    );
    writeFileSync(
      path.join(dir, "child.test.mjs"),
      `import { execFileSync } from "node:child_process";\nimport { test } from "vitest";\ntest("a child that burns 600 ms", () => { execFileSync(process.execPath, ["-e", ${JSON.stringify(burn(600))}]); });\n`,
    );
    writeFileSync(path.join(dir, "busy.test.mjs"), `import { test } from "vitest";\ntest("300 ms of its own", () => { ${burn(300)} });\n`);
    const out = path.join(dir, "cpu.jsonl");
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST")));
    const r = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile(
        process.execPath,
        [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--root", dir, ...VITEST_TIME_FLAGS],
        { cwd: dir, env: { ...env, VITEST_FILE_CPU: out, FORCE_COLOR: "0", NO_COLOR: "1" }, timeout: 120_000 },
        (err, stdout, stderr) => resolve({ code: err ? 1 : 0, output: `${stdout}\n${stderr}` }),
      ),
    );
    expect(r.code, r.output).toBe(0);
    const rows = readFileCpu(out);
    const child = rows.find((x) => x.file.endsWith("child.test.mjs"))!;
    const busy = rows.find((x) => x.file.endsWith("busy.test.mjs"))!;
    expect(rows, readFileSync(out, "utf8")).toHaveLength(2);
    expect(child.children).toBeGreaterThanOrEqual(0.55);
    expect(child.self).toBeLessThan(child.children);
    expect(busy.self).toBeGreaterThanOrEqual(0.28);
    expect(busy.children).toBeLessThan(0.1);
    expect(r.output).toContain("CPU by file (s): 2 files");
    // The one that cost the most comes first.
    expect(r.output.indexOf("child.test.mjs")).toBeLessThan(r.output.lastIndexOf("busy.test.mjs"));
    expect(r.output).toMatch(/\n\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+ {2}child\.test\.mjs\n/);
  });

  it("reads past a partial last line, and says when nothing was recorded", () => {
    const file = path.join(dir, "partial.jsonl");
    writeFileSync(file, `{"file":"/r/a.test.ts","self":1.25,"children":3,"wall":9}\n{"file":"/r/b.test.ts","se`);
    const rows = readFileCpu(file);
    expect(rows).toEqual([{ file: "/r/a.test.ts", self: 1.25, children: 3, wall: 9 }]);
    expect(fileCpuReport(rows, "/r")).toEqual([
      "CPU by file (s): 1 files, 4 in all, 1 in vitest's workers, 3 in the processes the files started",
      "   all   self  child   wall  file",
      "   4.3    1.3    3.0    9.0  a.test.ts",
    ]);
    expect(fileCpuReport([], "/r")).toEqual(["CPU by file: nothing recorded (VITEST_FILE_CPU needs Linux's /proc)."]);
  });
});
