/** The choices of --protocol-era and of a config file's `protocolEra` (target.ts: ProtocolEraChoiceSchema). */
export declare const PROTOCOL_ERA_CHOICES: readonly ["legacy", "auto", "modern"];
export type ProtocolEraChoice = (typeof PROTOCOL_ERA_CHOICES)[number];
export declare const isProtocolEraChoice: (v: string) => v is ProtocolEraChoice;
