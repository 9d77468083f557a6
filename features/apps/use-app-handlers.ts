"use client";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type MutableRefObject,
  type SetStateAction,
} from "react";
import type { AppBridge } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { Tool } from "../../lib/protocol/shapes";
import type { ToolCallOutcome } from "../../lib/wire/outcomes";
import { useSession } from "../../client/session-context";
import { sendRequest } from "../../client/protocol-hooks";
import { appToolCallRefusal } from "../../lib/apps/app-meta";
import { findToolForApp, toolsPageOf } from "../../lib/apps/find-tool";
import { openableUrl } from "../../lib/apps/open-link";
import type { HostEmulation } from "../../lib/apps/host-emulation";
import { HOST_PROFILES } from "../../lib/apps/host-profiles";
import { partialInputSteps } from "../../lib/apps/partial-input";
import { WIDGET_STATE_KEY } from "../../lib/apps/openai-shim";
import { asRecord } from "../../lib/json/shape";
import type { AppHostHandlers } from "./app-host";
import type { DisplayModeAsk } from "./display-mode-confirm";
import type { ModelAsk } from "./model-asks";
import type { OpenAiAsk, OpenAiNotice } from "./openai-asks";
import type { OpenAiModal } from "./app-modal";
import { widgetStates } from "./widget-state";

export interface AppHandlersInput {
  tool: Tool;
  args: Record<string, unknown>;
  /** undefined while the call runs: the result is sent when it comes. */
  outcome?: ToolCallOutcome;
  /** The call failed without an outcome. */
  failed?: string;
  tools: readonly Tool[];
  emu: HostEmulation;
  setEmu: Dispatch<SetStateAction<HostEmulation>>;
  bridge: MutableRefObject<AppBridge | undefined>;
  /** The App a ChatGPT widget state belongs to. */
  widgetKey: string;
  link(appRequestId: unknown, serverSeq: number | undefined): void;
  setReportedHeight(px: number): void;
}

/**
 * What the host does for one App: each request it may make, answered here or by the person (the
 * link and display-mode prompts, one of each at a time: a newer ask refuses the one it replaces,
 * so the App's earlier request is answered instead of waiting forever).
 */
export function useAppHandlers(i: AppHandlersInput) {
  const session = useSession();
  const [linkAsk, setLinkAsk] = useState<{ url: string; answer(open: boolean): void }>();
  const [modeAsk, setModeAsk] = useState<DisplayModeAsk>();
  const [asks, setAsks] = useState<ModelAsk[]>([]);
  const [openaiAsk, setOpenaiAsk] = useState<OpenAiAsk>();
  const [notices, setNotices] = useState<OpenAiNotice[]>([]);
  const [modal, setModal] = useState<OpenAiModal>();
  const closeModal = useCallback(() => setModal(undefined), []);
  const shownOpenai = useRef<OpenAiAsk>(undefined);
  const [widgetState, setWidgetState] = useState<unknown>(() => widgetStates.get(i.widgetKey));
  const shownLink = useRef<{ answer(open: boolean): void }>(undefined);
  const shownMode = useRef<DisplayModeAsk>(undefined);
  const torn = useRef(false);
  const uploads = useRef(0);
  const relayed = useRef<(appRequestId: unknown, serverSeq: number | undefined) => void>(() => undefined);
  const latest = useRef(i);
  useLayoutEffect(() => {
    latest.current = i;
  });
  /** Where the App's relayed requests are remembered (the recorder's, made after this hook). */
  const setRelay = useCallback((f: (appRequestId: unknown, serverSeq: number | undefined) => void) => {
    relayed.current = f;
  }, []);

  // The App's handshake and the run's result, in whichever order they come: the result goes once both have.
  const handshaken = useRef(false);
  const resultSent = useRef(false);
  const sendResult = useCallback(() => {
    const b = latest.current.bridge.current;
    const { outcome, failed } = latest.current;
    if (!b || !handshaken.current || resultSent.current || (!outcome && failed === undefined)) return;
    resultSent.current = true;
    if (outcome?.result !== undefined) void b.sendToolResult(outcome.result as never);
    else void b.sendToolCancelled({ reason: outcome?.error?.message ?? failed ?? "the call did not complete" });
  }, []);
  useEffect(() => sendResult(), [i.outcome, i.failed, sendResult]);

  const tearDown = useCallback(() => {
    torn.current = true;
    shownMode.current = shownLink.current = undefined;
    shownOpenai.current?.answer(false);
    setModeAsk(undefined);
    setLinkAsk(undefined);
    setModal(undefined);
  }, []);

  const ask = (kind: ModelAsk["kind"], params: Record<string, unknown>) => setAsks((a) => [...a, { n: a.length + 1, kind, params }]);
  const handlers: AppHostHandlers = {
    async callTool(params, requestId) {
      const { tools, link } = latest.current;
      // Every page of tools/list before judging: a tool hidden from Apps may be listed on a page not loaded yet.
      const listPage = async (cursor: string | undefined) =>
        toolsPageOf((await sendRequest(session, { method: "tools/list", params: cursor ? { cursor } : {} })).result);
      const found = typeof params.name === "string" ? await findToolForApp(params.name, tools, listPage) : undefined;
      if (torn.current) throw new Error("The inspector tore this App down");
      const refusal = appToolCallRefusal(found ? [found] : [], params.name, { chatgpt: HOST_PROFILES[latest.current.emu.profile].openai });
      if (refusal) throw new Error(`The inspector refused this call: ${refusal}`);
      const out = await session.command({ type: "call-tool", name: params.name, arguments: params.arguments ?? {} });
      link(requestId, out.requestSeq);
      relayed.current(requestId, out.requestSeq);
      if (out.error) throw new Error(out.error.message);
      return (out.result ?? {}) as Record<string, unknown>;
    },
    async readResource(params, requestId) {
      if (torn.current) throw new Error("The inspector tore this App down");
      const out = await sendRequest(session, { method: "resources/read", params: { uri: params.uri } });
      latest.current.link(requestId, out.requestSeq);
      relayed.current(requestId, out.requestSeq);
      return (out.result ?? {}) as Record<string, unknown>;
    },
    message: (p) => ask("message", p),
    modelContext(p) {
      // ChatGPT's setWidgetState: the host keeps it for this App (and, as in ChatGPT, the model sees it).
      const sc = asRecord(p.structuredContent);
      if (WIDGET_STATE_KEY in sc) {
        widgetStates.set(latest.current.widgetKey, sc[WIDGET_STATE_KEY]);
        setWidgetState(sc[WIDGET_STATE_KEY]);
        return;
      }
      ask("model context", p);
    },
    openLink(url) {
      const safe = openableUrl(url);
      if (!safe) return Promise.resolve(false);
      shownLink.current?.answer(false);
      return new Promise<boolean>((resolve) => {
        const a = {
          url: safe,
          answer(open: boolean) {
            if (shownLink.current !== a) return;
            shownLink.current = undefined;
            setLinkAsk(undefined);
            if (open) window.open(safe, "_blank", "noopener,noreferrer");
            resolve(open);
          },
        };
        shownLink.current = a;
        setLinkAsk(a);
      });
    },
    displayMode(mode) {
      const { emu, setEmu } = latest.current;
      const allowed = HOST_PROFILES[emu.profile].displayModes as readonly string[];
      // A mode this host does not offer: the App keeps the one it has.
      if (!allowed.includes(mode)) return Promise.resolve(emu.displayMode);
      if (mode !== "fullscreen" && mode !== "pip") {
        if (mode === "inline") setEmu((e) => ({ ...e, displayMode: "inline" }));
        return Promise.resolve(mode === "inline" ? mode : emu.displayMode);
      }
      // Never granted at the App's word: the person clicks Allow in the host's own UI.
      shownMode.current?.answer(false);
      const current = emu.displayMode;
      return new Promise<string>((resolve) => {
        const a: DisplayModeAsk = {
          mode,
          answer(allow) {
            if (shownMode.current !== a) return;
            shownMode.current = undefined;
            setModeAsk(undefined);
            if (allow) setEmu((e) => ({ ...e, displayMode: mode }));
            resolve(allow ? mode : current);
          },
        };
        shownMode.current = a;
        setModeAsk(a);
      });
    },
    sizeChanged: (s) => typeof s.height === "number" && s.height > 0 && latest.current.setReportedHeight(s.height),
    initialized() {
      const b = latest.current.bridge.current;
      if (!b) return;
      // A new bridge (Reload App, a new profile) is a new App: it gets its input and the result again.
      handshaken.current = false;
      resultSent.current = false;
      const { args, emu } = latest.current;
      const whole = () => {
        // Nothing to an App whose bridge is gone (replaced or torn down meanwhile).
        if (latest.current.bridge.current !== b) return;
        void b.sendToolInput({ arguments: args });
        handshaken.current = true;
        sendResult();
      };
      const steps = emu.inputStreamMs > 0 ? partialInputSteps(args) : [];
      // Streamed input: each partial step at the person's pace, then the whole input, then the result.
      const next = (i: number) => {
        if (latest.current.bridge.current !== b) return;
        if (i >= steps.length) return whole();
        void b.sendToolInputPartial({ arguments: steps[i] });
        setTimeout(() => next(i + 1), emu.inputStreamMs);
      };
      next(0);
    },
    teardownRequested: () => undefined,
    async openai(method, params) {
      // Only ChatGPT has these: under another host profile they are unknown, as they would be there.
      if (!HOST_PROFILES[latest.current.emu.profile].openai)
        throw Object.assign(new Error(`Method not found: ${method}`), { code: -32601 });
      const notice = (text: string) => setNotices((l) => [...l, { n: l.length + 1, text }]);
      if (method === "openai/uploadFile") {
        const n = ++uploads.current;
        const size = typeof params.size === "number" ? `${params.size.toLocaleString("en-US")} bytes` : "size unknown";
        notice(
          `uploadFile: ${String(params.name)} (${String(params.mimeType)}, ${size})${params.library ? ", kept in the file library" : ""} → file_test_${n}`,
        );
        return { fileId: `file_test_${n}` };
      }
      if (method === "openai/setOpenInAppUrl") {
        notice(`setOpenInAppUrl: ChatGPT's "Open in app" (fullscreen) would open ${String(params.href)}`);
        return {};
      }
      if (method === "openai/requestModal") {
        // ChatGPT renders the widget (or the template named) again in a modal, with view.mode "modal";
        // the promise settles once the modal is open. A newer modal replaces the one open.
        const template = params.template;
        if (template !== undefined && (typeof template !== "string" || !template.startsWith("ui://")))
          throw Object.assign(new Error(`requestModal's template must be a ui:// resource URI, not ${JSON.stringify(template)}`), {
            code: -32602,
          });
        const title = typeof params.title === "string" && params.title.trim() ? params.title : "(no title)";
        setModal({ n: ++uploads.current, title, params: params.params ?? null, template });
        return {};
      }
      if (method !== "openai/requestCheckout") throw Object.assign(new Error(`Method not found: ${method}`), { code: -32601 });
      const kind = "checkout";
      // One at a time: a newer one answers the one it replaces (a checkout it replaces is cancelled).
      shownOpenai.current?.answer(false);
      const n = ++uploads.current;
      return new Promise<Record<string, unknown>>((resolve, reject) => {
        const a: OpenAiAsk = {
          n,
          kind,
          params,
          answer(ok) {
            if (shownOpenai.current !== a) return;
            shownOpenai.current = undefined;
            setOpenaiAsk(undefined);
            if (ok) resolve({ status: "completed", id: params.id ?? null, payment_mode: "test", order: { id: `order_test_${n}` } });
            else reject(new Error("The person cancelled the checkout"));
          },
        };
        shownOpenai.current = a;
        setOpenaiAsk(a);
      });
    },
  };
  // One object per render is fine: AppFrame reads the latest through a ref.
  return useMemo(
    () => ({ handlers, linkAsk, modeAsk, openaiAsk, notices, asks, widgetState, tearDown, setRelay, modal, closeModal }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- handlers read the latest input through `latest`
    [linkAsk, modeAsk, openaiAsk, notices, asks, widgetState, tearDown, setRelay, modal, closeModal],
  );
}
