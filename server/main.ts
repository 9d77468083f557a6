/** Entry point of the backend bundle (dist/inspector.mjs), loaded by bin/inspector.mjs. */
export { main } from "./commands/main";
