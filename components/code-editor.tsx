"use client";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type * as Monaco from "monaco-editor";
import { jsonDefaults, loadMonaco } from "./monaco-loader";
import { currentColorScheme, useColorScheme } from "./use-color-scheme";
import { shownProse } from "./shown-text";
import { inertJson } from "../lib/text/visible";

export interface CodeEditorProps {
  value: string;
  /** Absent: read-only. */
  onChange?(text: string): void;
  ariaLabel: string;
  /** Model identity, e.g. inmemory://tools/get-sum.json; the JSON schema is matched to it. */
  modelUri: string;
  /** JSON Schema for validation and completion of an editable model. */
  schema?: object;
  height?: number | string;
  /** Monaco language id (json unless said otherwise). */
  language?: string;
  /** Ctrl/Cmd+Enter in the editor (e.g. send the request). */
  onSubmit?(): void;
}

// Every editable model's schema, so several editors (tool args, raw request) keep theirs.
const schemas = new Map<string, { uri: string; fileMatch: string[]; schema: object }>();

/**
 * Monaco (from the local monaco-editor package) for JSON. Falls back to a plain textarea or
 * <pre> when the editor cannot load, so the page works without it.
 */
export function CodeEditor({
  value: given,
  onChange,
  ariaLabel,
  modelUri,
  schema,
  height = 240,
  language = "json",
  onSubmit,
}: CodeEditorProps) {
  // Read-only, it shows what a server sent: escaped so nothing in it reorders or hides the rest
  // (issue 52 item 7); JSON stays the same JSON (a \uXXXX escape inside its strings).
  const value = onChange ? given : language === "json" ? inertJson(given) : shownProse(given);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const monaco = useRef<typeof Monaco | null>(null);
  const onChangeRef = useRef(onChange);
  const onSubmitRef = useRef(onSubmit);
  // The editor, made once, calls the latest callbacks (kept after each commit, not during render).
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
    onSubmitRef.current = onSubmit;
  }, [onChange, onSubmit]);
  // Texts the editor itself reported and the parent may still echo back as `value`: while a
  // person types fast, an echo of an older keystroke must not overwrite the newer text.
  const emitted = useRef<string[]>([]);
  const [failed, setFailed] = useState<string>();
  const [ready, setReady] = useState(false);
  const scheme = useColorScheme();
  const readOnly = !onChange;

  useEffect(() => {
    let disposed = false;
    let model: Monaco.editor.ITextModel | undefined;
    loadMonaco()
      .then((m) => {
        if (disposed || !host.current) return;
        monaco.current = m;
        const uri = m.Uri.parse(modelUri);
        m.editor.getModel(uri)?.dispose();
        model = m.editor.createModel(value, language, uri);
        if (schema) {
          schemas.set(modelUri, { uri: `${modelUri}#schema`, fileMatch: [uri.toString()], schema });
          jsonDefaults(m)?.setDiagnosticsOptions({
            validate: true,
            enableSchemaRequest: false,
            allowComments: false,
            schemas: [...schemas.values()],
          });
        }
        const ed = m.editor.create(host.current, {
          model,
          readOnly,
          ariaLabel,
          automaticLayout: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 13,
          tabSize: 2,
          wordWrap: "on",
          renderLineHighlight: readOnly ? "none" : "line",
          theme: currentColorScheme() === "dark" ? "vs-dark" : "vs",
          fixedOverflowWidgets: true,
        });
        ed.onDidChangeModelContent(() => {
          const text = ed.getValue();
          emitted.current = [...emitted.current.slice(-63), text];
          onChangeRef.current?.(text);
        });
        // An action, not addCommand: Monaco binds addCommand's keys for every editor on the page.
        ed.addAction({
          id: "inspector.submit",
          label: "Send",
          keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.Enter],
          run: () => onSubmitRef.current?.(),
        });
        editor.current = ed;
        setReady(true);
      })
      .catch((e: unknown) => !disposed && setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      disposed = true;
      editor.current?.dispose();
      editor.current = null;
      model?.dispose();
      if (schema && schemas.get(modelUri)?.schema === schema) schemas.delete(modelUri);
    };
    // The editor is made once per model; value updates are pushed below.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one editor per model; value and callbacks are pushed to it below
  }, [modelUri, readOnly, schema, language]);

  useEffect(() => {
    const ed = editor.current;
    if (!ed) return;
    const own = emitted.current.lastIndexOf(value);
    if (own !== -1) {
      // The parent caught up to a text the editor reported: older ones can no longer come back.
      emitted.current = emitted.current.slice(own + 1);
      return;
    }
    if (ed.getValue() !== value) ed.setValue(value);
  }, [value]);

  useEffect(() => {
    monaco.current?.editor.setTheme(scheme === "dark" ? "vs-dark" : "vs");
  }, [scheme]);

  if (failed) {
    return readOnly ? (
      <pre className="code-fallback" aria-label={ariaLabel} style={{ maxHeight: height }}>
        {value}
      </pre>
    ) : (
      <textarea
        className="code-fallback"
        aria-label={ariaLabel}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSubmit?.();
          }
        }}
        style={{ height }}
        spellCheck={false}
      />
    );
  }
  return (
    <div className="code-editor-wrap" style={{ height }}>
      {!ready &&
        (readOnly ? <pre className="code-fallback code-loading">{value}</pre> : <p className="muted code-loading">Loading the editor…</p>)}
      <div ref={host} className="code-editor" style={{ height }} data-testid="code-editor" data-ready={ready} />
    </div>
  );
}
