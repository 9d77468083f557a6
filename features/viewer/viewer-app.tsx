import { useMemo, useState } from "react";
import { countBySeverity, type Finding } from "../../lib/lint/finding";
import { TabBar, TabPanel, type TabSpec } from "../../components/tab-bar";
import { ProblemsPanel } from "../problems/problems-panel";
import { EntryList } from "./entry-list";
import { EntryView } from "./entry-view";
import { ReproduceBox } from "./reproduce-box";
import type { Recording } from "./read-recording";
import { VerdictList } from "./verdict-list";
import { ViewerHeader } from "./viewer-header";

type Tab = "timeline" | "problems" | "verdicts";

/** A recording, read-only, with nothing running: who, how to reproduce, the verdicts, the timeline and its Problems. */
export function ViewerApp({ recording: r }: { recording: Recording }) {
  const { session, verdicts } = r;
  const findings = useMemo<readonly Finding[]>(() => r.findings ?? [], [r.findings]);
  const findingsAt = useMemo(() => {
    const m = new Map<number, number>();
    for (const f of findings) m.set(f.seq, (m.get(f.seq) ?? 0) + 1);
    return m;
  }, [findings]);
  const failing = useMemo(() => new Set(verdicts.filter((v) => v.passed === false).flatMap((v) => v.seqs)), [verdicts]);
  // A failing verdict is what the colleague came for: shown first, its first entry selected.
  const firstFailing = verdicts.find((v) => v.passed === false);
  const [tab, setTab] = useState<Tab>(verdicts.length ? "verdicts" : "timeline");
  const [selected, setSelected] = useState<number | undefined>(firstFailing?.seqs[0]);
  const show = (seq: number) => {
    setSelected(seq);
    setTab("timeline");
  };
  const entry = session.entries.find((e) => e.seq === selected);
  const tabs: TabSpec<Tab>[] = [
    ...(verdicts.length
      ? [
          {
            id: "verdicts" as const,
            label: "Verdicts",
            badge: failing.size ? verdicts.filter((v) => v.passed === false).length : undefined,
            badgeLabel: "failed",
          },
        ]
      : []),
    { id: "timeline", label: `Timeline (${session.entries.length})` },
    { id: "problems", label: "Problems", badge: findings.length || undefined, badgeLabel: "problems" },
  ];
  return (
    <div className="viewer" data-testid="viewer">
      <ViewerHeader session={session} />
      <ReproduceBox from={r.from} openArg={r.openArg} target={session.target} />
      <TabBar<Tab> tabs={tabs} active={tab} onChange={setTab} label="Recording" idPrefix="viewer" />
      <TabPanel idPrefix="viewer" id="verdicts" active={tab === "verdicts"}>
        <VerdictList verdicts={verdicts} onShowEntry={show} />
      </TabPanel>
      <TabPanel idPrefix="viewer" id="timeline" active={tab === "timeline"}>
        <div className="timeline-split">
          <EntryList entries={session.entries} selected={selected} findingsAt={findingsAt} failing={failing} onSelect={setSelected} />
          <EntryView entry={entry} findings={findings.filter((f) => f.seq === selected)} onShowEntry={setSelected} />
        </div>
      </TabPanel>
      <TabPanel idPrefix="viewer" id="problems" active={tab === "problems"}>
        {r.findings ? (
          <ProblemsPanel findings={findings} version={findings.length} counts={countBySeverity(findings)} onJump={show} />
        ) : (
          <p className="muted" data-testid="viewer-no-lint">
            A link carries the session only, not the lint&apos;s findings: open it in an inspector (the command above) to see its Problems.
          </p>
        )}
      </TabPanel>
    </div>
  );
}
