import type { FlagGroup } from "./flag-spec";
import type { CommonArgs } from "./command";

/** The flags of every command. */
export const COMMON_FLAGS: FlagGroup<CommonArgs> = {
  title: "Inspector",
  flags: [
    { names: ["-h", "--help"], help: "this help", set: (a) => (a.help = true) },
    { names: ["-v", "-V", "--version"], help: "print the version", set: (a) => (a.version = true) },
  ],
};
