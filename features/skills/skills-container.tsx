"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState } from "../../components/empty-state";
import { FeatureList } from "../../components/feature-list";
import { NotConnected } from "../../components/not-connected";
import { serverCaps } from "../../client/protocol-hooks";
import { useSession } from "../../client/session-context";
import type { SessionState } from "../../lib/session/state";
import type { SkillEntry } from "../../lib/skills/schema";
import { SKILLS_EXTENSION, skillsExtensionOf } from "../../lib/skills/schema";
import { skillDetailQuery, skillsQuery } from "./skills-queries";
import { SkillView } from "./skill-view";

/** The Skills tab (SEP-2640): the server's skills, and the one picked with its files verified. */
export function SkillsContainer({ state }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const session = useSession();
  const generation = state?.generation ?? 0;
  const declared = skillsExtensionOf(serverCaps(state)) !== undefined;
  const skills = useQuery({ ...skillsQuery(session, generation), enabled: state?.status === "connected" && declared });
  const [selected, setSelected] = useState<string>();
  const skill = skills.data?.find((s) => s.uri === selected);
  if (state?.status !== "connected") return <NotConnected state={state} text="Connect to a server to list its skills." />;
  if (!declared)
    return <EmptyState title="This server offers no skills" text={`It did not declare the ${SKILLS_EXTENSION} extension (SEP-2640).`} />;
  return (
    <div className="tools-layout">
      <FeatureList
        title="Skills"
        method="skills/list"
        items={(skills.data ?? []).map((s) => ({
          key: s.uri,
          label: s.frontmatter.name?.trim() || s.uri,
          detail: s.uri,
          description: s.frontmatter.description,
        }))}
        selected={selected}
        onSelect={setSelected}
        loading={skills.isFetching}
        error={skills.error?.message}
        hasMore={false}
        onLoadMore={() => undefined}
        onRefresh={() => void skills.refetch()}
        testIdPrefix="skill"
      />
      {skill ? (
        <SelectedSkill key={`${generation}:${skill.uri}`} skill={skill} generation={generation} />
      ) : (
        <EmptyState title="Pick a skill" text="See its frontmatter, its SKILL.md, and each file checked against its SHA-256 digest." />
      )}
    </div>
  );
}

/** The picked skill, read and verified when it is opened (and again on "Verify again"). */
function SelectedSkill({ skill, generation }: { skill: SkillEntry; generation: number }) {
  const detail = useQuery(skillDetailQuery(useSession(), generation, skill));
  return (
    <SkillView
      skill={skill}
      detail={detail.data}
      verifying={detail.isFetching}
      error={detail.error?.message}
      onVerify={() => void detail.refetch()}
    />
  );
}
