// zod alone, the first stage of the engine's half (see loadCoreInStages in ../launcher/inspector.ts):
// the SDK's protocol schemas are built on it, and the two evaluated at once held the event loop
// for 60 to 80 ms, as long as the page's first request could wait (issue 49).
export { object } from "zod";
