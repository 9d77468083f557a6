/**
 * Every kind of change `inspector diff` reports, whether it breaks clients, and why. One table,
 * so the code, the JSON output (each change names its rule) and the docs say the same thing.
 *
 * Schemas are read from the client's side. An inputSchema says what the server accepts: a client
 * built against the old one breaks when the new one accepts less (narrower). An outputSchema says
 * what the server promises: a client built against the old one breaks when the new one promises
 * less, i.e. allows results the old one did not (wider). So one schema comparison gives each
 * change an effect, and the direction decides: input breaks on narrower, output on wider.
 */
export type Severity = "breaking" | "compatible";
/** What a schema change does to the set of values the schema accepts. */
export type Effect = "narrower" | "wider" | "both" | "neutral";
export interface Rule {
    /** Fixed severity, or the schema effect that decides it by direction. */
    severity: Severity | {
        effect: Effect;
    };
    why: string;
}
export declare const RULES: {
    removed: {
        severity: "breaking";
        why: string;
    };
    added: {
        severity: "compatible";
        why: string;
    };
    "metadata-changed": {
        severity: "compatible";
        why: string;
    };
    "annotations-changed": {
        severity: "compatible";
        why: string;
    };
    "output-schema-removed": {
        severity: "breaking";
        why: string;
    };
    "output-schema-added": {
        severity: "compatible";
        why: string;
    };
    "task-support-changed": {
        severity: "breaking";
        why: string;
    };
    "task-support-relaxed": {
        severity: "compatible";
        why: string;
    };
    "mime-type-changed": {
        severity: "breaking";
        why: string;
    };
    "capability-withdrawn": {
        severity: "breaking";
        why: string;
    };
    "capability-added": {
        severity: "compatible";
        why: string;
    };
    "protocol-downgraded": {
        severity: "breaking";
        why: string;
    };
    "protocol-era-changed": {
        severity: "breaking";
        why: string;
    };
    "protocol-upgraded": {
        severity: "compatible";
        why: string;
    };
    "server-info-changed": {
        severity: "compatible";
        why: string;
    };
    "instructions-changed": {
        severity: "compatible";
        why: string;
    };
    "type-narrowed": {
        severity: {
            effect: "narrower";
        };
        why: string;
    };
    "type-widened": {
        severity: {
            effect: "wider";
        };
        why: string;
    };
    "type-changed": {
        severity: {
            effect: "both";
        };
        why: string;
    };
    "enum-value-removed": {
        severity: {
            effect: "narrower";
        };
        why: string;
    };
    "enum-value-added": {
        severity: {
            effect: "wider";
        };
        why: string;
    };
    "enum-introduced": {
        severity: {
            effect: "narrower";
        };
        why: string;
    };
    "enum-dropped": {
        severity: {
            effect: "wider";
        };
        why: string;
    };
    "bound-tightened": {
        severity: {
            effect: "narrower";
        };
        why: string;
    };
    "bound-loosened": {
        severity: {
            effect: "wider";
        };
        why: string;
    };
    "bound-changed": {
        severity: {
            effect: "both";
        };
        why: string;
    };
    "property-removed": {
        severity: {
            effect: "both";
        };
        why: string;
    };
    "property-added": {
        severity: {
            effect: "neutral";
        };
        why: string;
    };
    "property-added-to-closed": {
        severity: {
            effect: "wider";
        };
        why: string;
    };
    "required-added": {
        severity: {
            effect: "narrower";
        };
        why: string;
    };
    "required-removed": {
        severity: {
            effect: "wider";
        };
        why: string;
    };
    "additional-closed": {
        severity: {
            effect: "narrower";
        };
        why: string;
    };
    "additional-opened": {
        severity: {
            effect: "wider";
        };
        why: string;
    };
    "variant-removed": {
        severity: {
            effect: "narrower";
        };
        why: string;
    };
    "variant-added": {
        severity: {
            effect: "wider";
        };
        why: string;
    };
    unclassified: {
        severity: {
            effect: "both";
        };
        why: string;
    };
    annotation: {
        severity: {
            effect: "neutral";
        };
        why: string;
    };
};
export type RuleId = keyof typeof RULES;
/** The severity of a change by its rule, for a schema read as input (what the server accepts) or output (what it promises). */
export declare function severityOf(rule: RuleId, direction?: "input" | "output"): Severity;
