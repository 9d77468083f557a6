import { type ProtocolEraChoice, type Target } from "../../lib/target/target";
import type { TransportFactory } from "../engine";
import type { TargetInput } from "./types";
/** A target as the engine takes it, plus how to reach it when that is not a process or a URL. */
export interface ResolvedTarget {
    target: Target;
    transports?: TransportFactory;
    /** The config file's protocolEra, used when the caller gave none. */
    protocolEra?: ProtocolEraChoice;
    /** How the target reads in messages: the command line, the URL, "in-process Name". */
    label: string;
}
/** Read one of the library's target forms; a form that is none of them is a usage error naming what was given. */
export declare function resolveTarget(input: TargetInput, env?: NodeJS.ProcessEnv): ResolvedTarget;
