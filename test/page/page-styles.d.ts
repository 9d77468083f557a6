// The page's stylesheets, imported for their side effect by the components the page tests render.
// Next declares them for the page's own project (next-env.d.ts → next/types/global.d.ts); the test
// project has no Next types, and TypeScript 7 checks a side-effect import's module by default.
declare module "*.css";
