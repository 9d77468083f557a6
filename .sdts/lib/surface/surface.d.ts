import * as z from "zod";
/**
 * What a server offers a client, as seen by one client: the negotiation (protocol version,
 * capabilities, serverInfo, instructions) and the four listings. Built from a session file's
 * entries or from a live listing; `inspector diff` compares two of them.
 */
export declare const LIST_KINDS: readonly ["tools", "resources", "resourceTemplates", "prompts"];
export type ListKind = (typeof LIST_KINDS)[number];
/** The list method of each kind, the key its result holds the items under, and what names an item. */
export declare const LIST_SPECS: Record<ListKind, {
    method: string;
    key: string;
    id: string;
    capability: string;
    noun: string;
}>;
declare const ItemSchema: z.ZodRecord<z.ZodString, z.ZodUnknown>;
export type SurfaceItem = z.infer<typeof ItemSchema>;
/** A kind is compared only when both sides know it in full: a recording may never have listed prompts. */
export declare const ListStateSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    listed: z.ZodLiteral<true>;
    items: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    problem: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    listed: z.ZodLiteral<false>;
    why: z.ZodString;
}, z.core.$strip>], "listed">;
export type ListState = z.infer<typeof ListStateSchema>;
export declare const SurfaceSchema: z.ZodObject<{
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
    protocolVersion: z.ZodOptional<z.ZodString>;
    requestedProtocolVersion: z.ZodOptional<z.ZodString>;
    clientCapabilities: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    capabilities: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    instructions: z.ZodOptional<z.ZodString>;
    lists: z.ZodObject<{
        tools: z.ZodDiscriminatedUnion<[z.ZodObject<{
            listed: z.ZodLiteral<true>;
            items: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            problem: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            listed: z.ZodLiteral<false>;
            why: z.ZodString;
        }, z.core.$strip>], "listed">;
        resources: z.ZodDiscriminatedUnion<[z.ZodObject<{
            listed: z.ZodLiteral<true>;
            items: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            problem: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            listed: z.ZodLiteral<false>;
            why: z.ZodString;
        }, z.core.$strip>], "listed">;
        resourceTemplates: z.ZodDiscriminatedUnion<[z.ZodObject<{
            listed: z.ZodLiteral<true>;
            items: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            problem: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            listed: z.ZodLiteral<false>;
            why: z.ZodString;
        }, z.core.$strip>], "listed">;
        prompts: z.ZodDiscriminatedUnion<[z.ZodObject<{
            listed: z.ZodLiteral<true>;
            items: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            problem: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            listed: z.ZodLiteral<false>;
            why: z.ZodString;
        }, z.core.$strip>], "listed">;
    }, z.core.$strip>;
}, z.core.$strip>;
export type Surface = z.infer<typeof SurfaceSchema>;
/** The negotiated half of a surface, as the engine's state or a session file carries it. */
export interface NegotiationLike {
    protocolVersion?: string;
    requestedProtocolVersion?: string;
    serverCapabilities: Record<string, unknown>;
    clientCapabilities?: Record<string, unknown>;
    serverInfo: Record<string, unknown>;
    instructions?: string;
}
/** A full listing of one kind (every page), or why there is none. */
export type Listed = {
    items: SurfaceItem[];
    problem?: string;
} | {
    error: string;
};
/** Build a surface from a live connection's negotiation and its listings (missing kinds: see `listState`). */
export declare function surfaceFromListings(head: {
    label: string;
    origin: Surface["origin"];
    transport: Surface["transport"];
}, n: NegotiationLike, listings: Partial<Record<ListKind, Listed>>): Surface;
/**
 * A server that does not declare a capability has none of its items (the spec forbids listing
 * them), so that kind is known and empty; a declared kind is known only when it was listed.
 */
export declare function listState(kind: ListKind, capabilities: Record<string, unknown>, listed: Listed | undefined): ListState;
/** The key an item is known by: tools and prompts by name, resources by uri, templates by uriTemplate. */
export declare function itemId(kind: ListKind, item: SurfaceItem): string;
export {};
