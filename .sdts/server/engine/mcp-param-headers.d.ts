/**
 * The `Mcp-Param-{Name}` headers of a 2026-07-28 `tools/call` over Streamable HTTP (SEP-2243):
 * a tool's inputSchema marks properties with `x-mcp-header: Name`, and the request must carry
 * each such argument's value in that header too, so gateways can route without reading the body.
 * A server checks header against body (-32020 when they disagree), so the engine, which sends
 * tools/call itself, sends them as the SDK's own callTool would.
 */
/** Where each declared header's value sits in the arguments: reachable through `properties` only. */
export declare function headerDeclarations(inputSchema: unknown): Array<{
    name: string;
    path: string[];
}>;
/**
 * Why a tool's `x-mcp-header` declarations make it unusable, or undefined. SEP-2243: the name is
 * non-empty, a header token, unique without regard to case, on a property of type string,
 * integer or boolean; a client MUST exclude a tool that breaks any of these (and keep the rest).
 */
export declare function headerDeclarationProblem(inputSchema: unknown): string | undefined;
/** The headers for one call: an absent, null or non-primitive value gets no header (the spec's rows). */
export declare function mcpParamHeaders(declarations: ReadonlyArray<{
    name: string;
    path: string[];
}>, args: unknown): Record<string, string>;
