/**
 * The collection files the operands name: a file as given, a folder's *.mcp-tests.{yaml,yml,json}
 * at any depth (sorted, so runs and reports keep one order). A path that does not exist, or a
 * folder holding none, is a usage error.
 */
export declare function collectionFiles(paths: readonly string[]): string[];
