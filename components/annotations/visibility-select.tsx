'use client';

import type { GroupChoice } from '@/components/highlights/layer-context';
import { isolate } from '@/lib/format/isolate';
import type { AnnotationVisibility } from '@/lib/validation/annotations';
import { fillMessage } from './fill-message';
import styles from './annotation-forms.module.css';

/** Texts of the visibility select; `group` keeps `{name}` for the client to fill in. */
export interface VisibilityLabels {
  visibility: string;
  private: string;
  public: string;
  group: string;
}

/** One select value per choice: `private`, `public` or `group:<id>`. */
export type VisibilityChoice = 'private' | 'public' | `group:${string}`;

export function visibilityChoice(visibility: AnnotationVisibility, groupId: string | null | undefined): VisibilityChoice {
  return visibility === 'group' && groupId ? `group:${groupId}` : visibility === 'public' ? 'public' : 'private';
}

/** The action input for a choice: `{ visibility }`, plus `groupId` for a group. */
export function visibilityInput(choice: VisibilityChoice): { visibility: AnnotationVisibility; groupId?: string } {
  return choice.startsWith('group:') ? { visibility: 'group', groupId: choice.slice('group:'.length) } : { visibility: choice as AnnotationVisibility };
}

/**
 * Private, Public and "Group: <name>" for each group offered. `locked` (an assignment's class)
 * shows only that group's choice, disabled, so the annotation goes to the class.
 */
export function VisibilitySelect({
  value,
  onChange,
  groups,
  labels,
  locked = false,
}: {
  value: VisibilityChoice;
  onChange(choice: VisibilityChoice): void;
  groups: GroupChoice[];
  labels: VisibilityLabels;
  locked?: boolean;
}) {
  return (
    <label className={styles.field}>
      <span>{labels.visibility}</span>
      <select value={value} disabled={locked} onChange={(e) => onChange(e.target.value as VisibilityChoice)}>
        {!locked && <option value="private">{labels.private}</option>}
        {!locked && <option value="public">{labels.public}</option>}
        {groups.map((group) => (
          <option key={group.id} value={`group:${group.id}`}>
            {fillMessage(labels.group, { name: isolate(group.name) })}
          </option>
        ))}
      </select>
    </label>
  );
}
