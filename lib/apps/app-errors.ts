import { asRecord } from "../json/shape";

/**
 * An App's own errors: an uncaught script error, an unhandled promise rejection, a console.error.
 * They happen inside the App's document (an opaque origin in the sandbox proxy's inner frame),
 * which neither the page nor the proxy can reach, so a listener goes in ahead of the App's bytes
 * (as the CSP reporter does, lib/apps/csp.ts) and posts each one up as an App message: a
 * `notifications/message` at level `error` whose logger is APP_ERROR_LOGGER. It is carried,
 * recorded and shown like any message the App sends (its log, the timeline, Problems through the
 * `apps/app-error` rule). The App can forge one, or silence the reporter once its own script runs
 * (replace console.error, stop the events): it is the App's word about itself.
 */
export const APP_ERROR_LOGGER = "mcp-inspector/app-error";

/** At most this many reports per App document (the last one says more were left out). */
export const APP_ERRORS_MAX = 50;
/** Bounds of one report's texts, in characters, in the App and again on the page (the App is hostile). */
export const APP_ERROR_MESSAGE_MAX = 1000;
export const APP_ERROR_STACK_MAX = 4000;
export const APP_ERROR_SOURCE_MAX = 500;

/** `load`: an element's load (script, image, style, media) or a fetch failed; its `source` is the URL. */
export type AppErrorKind = "error" | "unhandledrejection" | "console.error" | "load";

export interface AppError {
  kind: AppErrorKind;
  message: string;
  /** The stack as the App's engine wrote it, its positions in the App's own HTML named after the resource. */
  stack?: string;
  /** Where it happened: the App's resource uri (or an external script's URL), line and column in it. */
  source?: string;
  line?: number;
  column?: number;
  /** The App reached APP_ERRORS_MAX: later ones are not reported. */
  more?: boolean;
}

/** Whether a report fails the App (a console.error or a failed load is said, but the App may well go on). */
export const failsApp = (e: AppError) => e.kind !== "console.error" && e.kind !== "load";

const cut = (v: unknown, max: number) => (typeof v === "string" ? (v.length > max ? `${v.slice(0, max)}…` : v) : undefined);
const pos = (v: unknown) => (typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? v : undefined);

/** The App error an App message reports, cut to the bounds; undefined when the message is not one. */
export function appErrorOf(message: unknown): AppError | undefined {
  const m = asRecord(message);
  if (m.method !== "notifications/message") return undefined;
  const p = asRecord(m.params);
  if (p.logger !== APP_ERROR_LOGGER) return undefined;
  const d = asRecord(p.data);
  const kind: AppErrorKind = d.kind === "unhandledrejection" || d.kind === "console.error" || d.kind === "load" ? d.kind : "error";
  const e: AppError = { kind, message: cut(d.message, APP_ERROR_MESSAGE_MAX) ?? "(no message)" };
  const stack = cut(d.stack, APP_ERROR_STACK_MAX);
  if (stack) e.stack = stack;
  const source = cut(d.source, APP_ERROR_SOURCE_MAX);
  if (source) e.source = source;
  if (pos(d.line)) e.line = pos(d.line);
  if (pos(d.column)) e.column = pos(d.column);
  if (d.more === true) e.more = true;
  return e;
}

/** "ui://x/app.html:12:5", or "" when the report names no place. */
export function appErrorWhere(e: AppError): string {
  if (!e.source) return "";
  return `${e.source}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ""}` : ""}`;
}

/** One line for a person: what kind, the message, and where. */
export function appErrorSentence(e: AppError): string {
  const what =
    e.kind === "error"
      ? "threw"
      : e.kind === "unhandledrejection"
        ? "left a promise rejection unhandled"
        : e.kind === "load"
          ? "could not load"
          : "logged console.error";
  if (e.kind === "load") return `The App ${what} ${e.message}`;
  const where = appErrorWhere(e);
  return `The App ${what}: ${e.message}${where ? ` (${where})` : ""}`;
}

/**
 * The reporter put ahead of the App's HTML. `lineOffset` is how many lines of the srcdoc come
 * before the App's first line (the host's own scripts): a position `about:srcdoc:L:C` with L past
 * it is the App's line L - lineOffset, named `source` (the App's ui:// uri). One line of ES5, no
 * `<` in it (nothing the parser could read as a tag); `parent`, JSON and String are held before
 * the App's script could replace them.
 */
export function appErrorReporter(lineOffset: number, source: string): string {
  const src = JSON.stringify(source.slice(0, APP_ERROR_SOURCE_MAX)).replace(/</g, "\\u003c");
  const body = [
    `var p=window.parent,O=${Math.max(0, Math.floor(lineOffset))},SRC=${src},S=String,J=JSON.stringify,n=0,MAX=${APP_ERRORS_MAX},RE=/about:srcdoc:(\\d+):(\\d+)/g;`,
    `function cut(s,m){s=S(s);return s.length>m?s.slice(0,m):s}`,
    `function fix(s){return S(s).replace(RE,function(a,l,c){return +l>O?SRC+":"+(l-O)+":"+c:a})}`,
    `function at(s){var r,x=new RegExp(RE.source,"g");while((r=x.exec(S(s))))if(+r[1]>O)return [+r[1]-O,+r[2]];return null}`,
    `function st(e){try{return e&&e.stack?S(e.stack):""}catch(_){return ""}}`,
    `function said(v){try{if(v&&typeof v==="object"&&"message" in v)return S(v.name||"Error")+": "+S(v.message)}catch(_){}if(typeof v==="string")return v;try{var j=J(v);if(j!==undefined)return j}catch(_){}try{return S(v)}catch(_){return "(unprintable)"}}`,
    `function send(kind,msg,stack,file,line,col){if(n>=MAX)return;n++;var d={kind:kind,message:cut(fix(msg),${APP_ERROR_MESSAGE_MAX})};`,
    `if(stack)d.stack=cut(fix(stack),${APP_ERROR_STACK_MAX});`,
    `if(file==="about:srcdoc"&&line>O){d.source=SRC;d.line=line-O;if(col)d.column=col}else if(file&&file!=="about:srcdoc"){d.source=cut(file,${APP_ERROR_SOURCE_MAX});if(line)d.line=line;if(col)d.column=col}`,
    `else{var w=at(stack);if(w){d.source=SRC;d.line=w[0];d.column=w[1]}}`,
    `if(n===MAX)d.more=true;try{p.postMessage({jsonrpc:"2.0",method:"notifications/message",params:{level:"error",logger:${JSON.stringify(APP_ERROR_LOGGER)},data:d}},"*")}catch(_){}}`,
    // A failed load whose URL the CSP refused is the CSP reporter's to say (apps/csp-violation, the
    // stage's CSP notice), not a second report: each is held 100 ms for the refusal to be heard.
    `var B={};document.addEventListener("securitypolicyviolation",function(e){try{B[S(e.blockedURI)]=1}catch(_){}});`,
    `function lost(what,u){setTimeout(function(){if(!B[u])send("load",what,"",u,0,0)},100)}`,
    // An element's failed load is an error event (not an ErrorEvent) at its element, seen in the capture phase.
    `addEventListener("error",function(e){if(!(e instanceof ErrorEvent)){var t=e.target,u;try{u=t&&(t.currentSrc||t.src||t.href)}catch(_){}if(typeof u==="string"&&/^(https?|wss?):/i.test(u))lost(S(t.tagName||"").toLowerCase()+" "+u,u);return}send("error",e.message||"Script error.",st(e.error),e.filename||"",e.lineno||0,e.colno||0)},true);`,
    // A fetch that fails (the network): its URL and the engine's words, the promise passed on unchanged to the App.
    `var F=window.fetch;if(typeof F==="function")window.fetch=function(i){var u="";try{u=S(typeof i==="string"||!i||!i.url?i:i.url)}catch(_){}var r=F.apply(window,arguments);try{r.then(null,function(x){lost("fetch "+u+" ("+said(x)+")",u)})}catch(_){}return r};`,
    `addEventListener("unhandledrejection",function(e){var r=e.reason;send("unhandledrejection",said(r),st(r),"",0,0)});`,
    `var c=window.console;if(c&&typeof c.error==="function"){var ce=c.error;c.error=function(){var a=arguments;try{var parts=[],s="";for(var i=0;i<a.length;i++){parts.push(said(a[i]));if(!s)s=st(a[i])}`,
    `if(!s){s=st(new Error());s=s.split("\\n").slice(2).join("\\n")}send("console.error",parts.join(" "),s,"",0,0)}catch(_){}return ce.apply(this,a)}}`,
  ].join("");
  return `<script>(function(){${body}})()</script>`;
}
