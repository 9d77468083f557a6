// The eras as a plain list, apart from target.ts's zod schemas: the command line checks
// --protocol-era before anything heavy has loaded (issue 49: the launcher's front end imports no zod).

/** The choices of --protocol-era and of a config file's `protocolEra` (target.ts: ProtocolEraChoiceSchema). */
export const PROTOCOL_ERA_CHOICES = ["legacy", "auto", "modern"] as const;
export type ProtocolEraChoice = (typeof PROTOCOL_ERA_CHOICES)[number];

export const isProtocolEraChoice = (v: string): v is ProtocolEraChoice => (PROTOCOL_ERA_CHOICES as readonly string[]).includes(v);
