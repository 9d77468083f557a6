"use client";
import { useMutation } from "@tanstack/react-query";
import { useSession } from "./session-context";
import { DEFAULT_ANSWERS, type StandingAnswersPatch } from "../lib/answers/schema";
import type { SessionState } from "../lib/session/state";

/**
 * The backend's standing answers (every tab sees the same, from the session state) and a
 * setter that sends only what changed: the backend merges it, answers what it now covers,
 * and every page's state follows.
 */
export function useStandingAnswers(state: SessionState | undefined) {
  const session = useSession();
  const answers = state?.answers ?? DEFAULT_ANSWERS;
  const set = useMutation({ mutationFn: (patch: StandingAnswersPatch) => session.command({ type: "set-answers", answers: patch }) });
  return { answers, set };
}
