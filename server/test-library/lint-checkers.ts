import type { CheckerName, LintCheckers } from "../../lib/lint/checkers";

type Validator = typeof import("../../lib/protocol/output-verdict");
type Frontmatter = typeof import("../../lib/skills/frontmatter-match");

const DONE = Promise.resolve();

/**
 * The live lint's heavy checkers, each loaded on demand (issue 49): a test's first call lists
 * plain tool schemas and reads no SKILL.md, so neither Ajv and RE2 nor YAML loads for it. The
 * live lint asks for a checker when the record shows a message that needs it and lints nothing
 * from that message on until it is here; a rule calling one before that is a bug in
 * lib/lint/checker-needs.ts, and fails loudly rather than lose its finding.
 */
export class LazyCheckers implements LintCheckers {
  private validator?: Validator;
  private frontmatter?: Frontmatter;
  private readonly loading = new Map<CheckerName, Promise<void>>();
  private failed?: unknown;
  private inFlight = 0;

  /** Every checker of `names` is loaded. */
  has(names: readonly CheckerName[]): boolean {
    return names.every((n) => (n === "schemaValidator" ? this.validator : this.frontmatter) !== undefined);
  }

  /** Loads the checkers of `names` (once each); resolves when all are here. */
  load(names: readonly CheckerName[]): Promise<void> {
    return Promise.all(names.map((n) => this.loadOne(n))).then(() => undefined);
  }

  /** Resolves when every load started so far has ended, loaded or failed (at once when none runs: every call awaits it). */
  settled(): Promise<void> {
    return this.inFlight === 0 ? DONE : Promise.allSettled(this.loading.values()).then(() => undefined);
  }

  /** Why a load failed, if one did. */
  failure(): unknown {
    return this.failed;
  }

  schemaValidator(): InstanceType<Validator["SchemaValidator"]> {
    if (!this.validator) throw notLoaded("schemaValidator");
    return new this.validator.SchemaValidator();
  }

  checkFrontmatterMatch: LintCheckers["checkFrontmatterMatch"] = (entry, text) => {
    if (!this.frontmatter) throw notLoaded("checkFrontmatterMatch");
    return this.frontmatter.checkFrontmatterMatch(entry, text);
  };

  private loadOne(name: CheckerName): Promise<void> {
    let p = this.loading.get(name);
    if (!p) {
      p =
        name === "schemaValidator"
          ? import("../../lib/protocol/output-verdict").then((m) => void (this.validator = m))
          : import("../../lib/skills/frontmatter-match").then((m) => void (this.frontmatter = m));
      this.inFlight++;
      p = p
        .catch((e: unknown) => {
          this.failed ??= e;
          throw e;
        })
        .finally(() => this.inFlight--);
      this.loading.set(name, p);
    }
    return p;
  }
}

function notLoaded(name: CheckerName): Error {
  return new Error(`the live lint called ${name} before it loaded: lib/lint/checker-needs.ts missed a message that needs it`);
}
