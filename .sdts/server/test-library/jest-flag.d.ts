/**
 * The global the harness's Jest environment sets when a test failed (true) or started (false);
 * absent when the project does not use that environment.
 */
export declare const JEST_TEST_FAILED = "__mcpHarnessTestFailed";
