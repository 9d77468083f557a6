import type { Engine } from "../engine";
import type { StandingAnswersPatch } from "../../lib/answers/schema";
import type { OfferedCapabilities } from "../../lib/target/target";
import type { Answers } from "./types";
/** The answers the engine gives by itself (canned sampling rules, an elicitation policy, the roots), as its standing answers. */
export declare function standingAnswersOf(a?: Answers): StandingAnswersPatch;
/** Offer a capability only when something answers it: no person sits behind a test. */
export declare function offeredFor(a?: Answers, extra?: {
    tasks?: boolean;
    apps?: boolean;
}): OfferedCapabilities;
/**
 * Answer what the engine holds for a person: through the test's function when it gave one, and
 * at once with "method not found" otherwise (nobody else will: a held request would only time
 * out, long after the test's own limit). Returns the unsubscribe.
 */
export declare function answerHeldRequests(engine: Engine, answers?: Answers): () => void;
