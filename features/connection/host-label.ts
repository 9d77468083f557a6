// The label lives with the hosts themselves (lib/target/host-entry.ts): check's notes say the same name.
export { hostLabel } from "../../lib/target/host-entry";
