import * as z from "zod";
import { type SchemaChange } from "./schema-diff";
import { type ListKind, type Surface, type SurfaceItem } from "./surface";
export declare const AreaSchema: z.ZodEnum<{
    resource: "resource";
    prompt: "prompt";
    tool: "tool";
    protocol: "protocol";
    capabilities: "capabilities";
    serverInfo: "serverInfo";
    instructions: "instructions";
    resourceTemplate: "resourceTemplate";
}>;
export type Area = z.infer<typeof AreaSchema>;
/** One change between the old surface (a) and the new one (b). */
export declare const SurfaceChangeSchema: z.ZodObject<{
    severity: z.ZodEnum<{
        breaking: "breaking";
        compatible: "compatible";
    }>;
    area: z.ZodEnum<{
        resource: "resource";
        prompt: "prompt";
        tool: "tool";
        protocol: "protocol";
        capabilities: "capabilities";
        serverInfo: "serverInfo";
        instructions: "instructions";
        resourceTemplate: "resourceTemplate";
    }>;
    subject: z.ZodString;
    path: z.ZodOptional<z.ZodString>;
    rule: z.ZodEnum<{
        added: "added";
        removed: "removed";
        "metadata-changed": "metadata-changed";
        "annotations-changed": "annotations-changed";
        "output-schema-removed": "output-schema-removed";
        "output-schema-added": "output-schema-added";
        "task-support-changed": "task-support-changed";
        "task-support-relaxed": "task-support-relaxed";
        "mime-type-changed": "mime-type-changed";
        "capability-withdrawn": "capability-withdrawn";
        "capability-added": "capability-added";
        "protocol-downgraded": "protocol-downgraded";
        "protocol-era-changed": "protocol-era-changed";
        "protocol-upgraded": "protocol-upgraded";
        "server-info-changed": "server-info-changed";
        "instructions-changed": "instructions-changed";
        "type-narrowed": "type-narrowed";
        "type-widened": "type-widened";
        "type-changed": "type-changed";
        "enum-value-removed": "enum-value-removed";
        "enum-value-added": "enum-value-added";
        "enum-introduced": "enum-introduced";
        "enum-dropped": "enum-dropped";
        "bound-tightened": "bound-tightened";
        "bound-loosened": "bound-loosened";
        "bound-changed": "bound-changed";
        "property-removed": "property-removed";
        "property-added": "property-added";
        "property-added-to-closed": "property-added-to-closed";
        "required-added": "required-added";
        "required-removed": "required-removed";
        "additional-closed": "additional-closed";
        "additional-opened": "additional-opened";
        "variant-removed": "variant-removed";
        "variant-added": "variant-added";
        unclassified: "unclassified";
        annotation: "annotation";
    }>;
    message: z.ZodString;
    why: z.ZodString;
    before: z.ZodOptional<z.ZodUnknown>;
    after: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strip>;
export type SurfaceChange = z.infer<typeof SurfaceChangeSchema>;
export declare const SideSummarySchema: z.ZodObject<{
    label: z.ZodString;
    origin: z.ZodEnum<{
        session: "session";
        live: "live";
    }>;
    transport: z.ZodEnum<{
        http: "http";
        stdio: "stdio";
        sse: "sse";
    }>;
    serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    protocolVersion: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type SideSummary = z.infer<typeof SideSummarySchema>;
export declare const SurfaceDiffSchema: z.ZodObject<{
    a: z.ZodObject<{
        label: z.ZodString;
        origin: z.ZodEnum<{
            session: "session";
            live: "live";
        }>;
        transport: z.ZodEnum<{
            http: "http";
            stdio: "stdio";
            sse: "sse";
        }>;
        serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        protocolVersion: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    b: z.ZodObject<{
        label: z.ZodString;
        origin: z.ZodEnum<{
            session: "session";
            live: "live";
        }>;
        transport: z.ZodEnum<{
            http: "http";
            stdio: "stdio";
            sse: "sse";
        }>;
        serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        protocolVersion: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    changes: z.ZodArray<z.ZodObject<{
        severity: z.ZodEnum<{
            breaking: "breaking";
            compatible: "compatible";
        }>;
        area: z.ZodEnum<{
            resource: "resource";
            prompt: "prompt";
            tool: "tool";
            protocol: "protocol";
            capabilities: "capabilities";
            serverInfo: "serverInfo";
            instructions: "instructions";
            resourceTemplate: "resourceTemplate";
        }>;
        subject: z.ZodString;
        path: z.ZodOptional<z.ZodString>;
        rule: z.ZodEnum<{
            added: "added";
            removed: "removed";
            "metadata-changed": "metadata-changed";
            "annotations-changed": "annotations-changed";
            "output-schema-removed": "output-schema-removed";
            "output-schema-added": "output-schema-added";
            "task-support-changed": "task-support-changed";
            "task-support-relaxed": "task-support-relaxed";
            "mime-type-changed": "mime-type-changed";
            "capability-withdrawn": "capability-withdrawn";
            "capability-added": "capability-added";
            "protocol-downgraded": "protocol-downgraded";
            "protocol-era-changed": "protocol-era-changed";
            "protocol-upgraded": "protocol-upgraded";
            "server-info-changed": "server-info-changed";
            "instructions-changed": "instructions-changed";
            "type-narrowed": "type-narrowed";
            "type-widened": "type-widened";
            "type-changed": "type-changed";
            "enum-value-removed": "enum-value-removed";
            "enum-value-added": "enum-value-added";
            "enum-introduced": "enum-introduced";
            "enum-dropped": "enum-dropped";
            "bound-tightened": "bound-tightened";
            "bound-loosened": "bound-loosened";
            "bound-changed": "bound-changed";
            "property-removed": "property-removed";
            "property-added": "property-added";
            "property-added-to-closed": "property-added-to-closed";
            "required-added": "required-added";
            "required-removed": "required-removed";
            "additional-closed": "additional-closed";
            "additional-opened": "additional-opened";
            "variant-removed": "variant-removed";
            "variant-added": "variant-added";
            unclassified: "unclassified";
            annotation: "annotation";
        }>;
        message: z.ZodString;
        why: z.ZodString;
        before: z.ZodOptional<z.ZodUnknown>;
        after: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strip>>;
    compared: z.ZodArray<z.ZodObject<{
        area: z.ZodEnum<{
            resource: "resource";
            prompt: "prompt";
            tool: "tool";
            protocol: "protocol";
            capabilities: "capabilities";
            serverInfo: "serverInfo";
            instructions: "instructions";
            resourceTemplate: "resourceTemplate";
        }>;
        subject: z.ZodString;
    }, z.core.$strip>>;
    notes: z.ZodArray<z.ZodString>;
    summary: z.ZodObject<{
        breaking: z.ZodNumber;
        compatible: z.ZodNumber;
    }, z.core.$strip>;
}, z.core.$strip>;
export type SurfaceDiff = z.infer<typeof SurfaceDiffSchema>;
/** `inspector diff --format json`: the diff with a format name and version. */
export declare const DiffReportSchema: z.ZodObject<{
    a: z.ZodObject<{
        label: z.ZodString;
        origin: z.ZodEnum<{
            session: "session";
            live: "live";
        }>;
        transport: z.ZodEnum<{
            http: "http";
            stdio: "stdio";
            sse: "sse";
        }>;
        serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        protocolVersion: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    b: z.ZodObject<{
        label: z.ZodString;
        origin: z.ZodEnum<{
            session: "session";
            live: "live";
        }>;
        transport: z.ZodEnum<{
            http: "http";
            stdio: "stdio";
            sse: "sse";
        }>;
        serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        protocolVersion: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    changes: z.ZodArray<z.ZodObject<{
        severity: z.ZodEnum<{
            breaking: "breaking";
            compatible: "compatible";
        }>;
        area: z.ZodEnum<{
            resource: "resource";
            prompt: "prompt";
            tool: "tool";
            protocol: "protocol";
            capabilities: "capabilities";
            serverInfo: "serverInfo";
            instructions: "instructions";
            resourceTemplate: "resourceTemplate";
        }>;
        subject: z.ZodString;
        path: z.ZodOptional<z.ZodString>;
        rule: z.ZodEnum<{
            added: "added";
            removed: "removed";
            "metadata-changed": "metadata-changed";
            "annotations-changed": "annotations-changed";
            "output-schema-removed": "output-schema-removed";
            "output-schema-added": "output-schema-added";
            "task-support-changed": "task-support-changed";
            "task-support-relaxed": "task-support-relaxed";
            "mime-type-changed": "mime-type-changed";
            "capability-withdrawn": "capability-withdrawn";
            "capability-added": "capability-added";
            "protocol-downgraded": "protocol-downgraded";
            "protocol-era-changed": "protocol-era-changed";
            "protocol-upgraded": "protocol-upgraded";
            "server-info-changed": "server-info-changed";
            "instructions-changed": "instructions-changed";
            "type-narrowed": "type-narrowed";
            "type-widened": "type-widened";
            "type-changed": "type-changed";
            "enum-value-removed": "enum-value-removed";
            "enum-value-added": "enum-value-added";
            "enum-introduced": "enum-introduced";
            "enum-dropped": "enum-dropped";
            "bound-tightened": "bound-tightened";
            "bound-loosened": "bound-loosened";
            "bound-changed": "bound-changed";
            "property-removed": "property-removed";
            "property-added": "property-added";
            "property-added-to-closed": "property-added-to-closed";
            "required-added": "required-added";
            "required-removed": "required-removed";
            "additional-closed": "additional-closed";
            "additional-opened": "additional-opened";
            "variant-removed": "variant-removed";
            "variant-added": "variant-added";
            unclassified: "unclassified";
            annotation: "annotation";
        }>;
        message: z.ZodString;
        why: z.ZodString;
        before: z.ZodOptional<z.ZodUnknown>;
        after: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strip>>;
    compared: z.ZodArray<z.ZodObject<{
        area: z.ZodEnum<{
            resource: "resource";
            prompt: "prompt";
            tool: "tool";
            protocol: "protocol";
            capabilities: "capabilities";
            serverInfo: "serverInfo";
            instructions: "instructions";
            resourceTemplate: "resourceTemplate";
        }>;
        subject: z.ZodString;
    }, z.core.$strip>>;
    notes: z.ZodArray<z.ZodString>;
    summary: z.ZodObject<{
        breaking: z.ZodNumber;
        compatible: z.ZodNumber;
    }, z.core.$strip>;
    format: z.ZodLiteral<"mcp-inspector-diff">;
    version: z.ZodLiteral<1>;
}, z.core.$strip>;
export type DiffReport = z.infer<typeof DiffReportSchema>;
/** Compare two surfaces: the old one (a) and the new one (b). Pure. */
export declare function diffSurfaces(a: Surface, b: Surface): SurfaceDiff;
type ItemChange = SchemaChange & {
    direction?: "input" | "output";
};
/** What changed in one tool, prompt, resource or template (same id on both sides). */
export declare function compareItem(kind: ListKind, a: SurfaceItem, b: SurfaceItem): ItemChange[];
export {};
