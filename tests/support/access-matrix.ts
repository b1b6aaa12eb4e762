// The shared body of the authorization matrices (tests/annotations-access.test.ts,
// tests/groups-access.test.ts, tests/links-groups-access.test.ts): build the cases as viewer ×
// state × path, then run each one the same way (describeAccessMatrix) — sign the viewer in,
// snapshot, run the path, check the status, check that no secret leaks, and check that a
// refused write changed nothing. Each matrix file keeps its paths, expectations, subjects and
// snapshots. Not a test file itself (no `.test.ts`).
import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { signInAs } from './mock-viewer';

/** What one path returned: a status (visible | hidden for reads; ok | <error code> for writes) and the payload, searched for leaks. */
export interface Outcome {
  status: string;
  payload: unknown;
}

/** A write's outcome from an action result (`{ ok }` or `{ ok: false, code }`). */
export const result = (r: { ok: boolean; code?: string }): Outcome => ({ status: r.ok ? 'ok' : (r.code ?? '?'), payload: r });

/** A read's outcome: `visible` when the subject was found in the payload. */
export const seen = (found: boolean, payload: unknown): Outcome => ({ status: found ? 'visible' : 'hidden', payload });

/** One row of a matrix; `state` is the second dimension (a visibility, a moderation state, a kind of subject). */
export interface MatrixCase<W extends string, S extends string> {
  who: W;
  state: S;
  path: string;
  kind: 'read' | 'write';
  expected: string;
}

/**
 * Every combination of `who` × `states` × (`reads` then `writes`), each with its expected status.
 * The order is stable (viewer, then state, then reads before writes), so case names do not move.
 */
export function matrixCases<W extends string, S extends string>(spec: {
  who: readonly W[];
  states: readonly S[];
  reads: readonly string[];
  writes: readonly string[];
  expectedRead: (who: W, state: S, path: string) => string;
  expectedWrite: (who: W, state: S, path: string) => string;
}): MatrixCase<W, S>[] {
  return spec.who.flatMap((who) =>
    spec.states.flatMap((state) => [
      ...spec.reads.map((path) => ({ who, state, path, kind: 'read' as const, expected: spec.expectedRead(who, state, path) })),
      ...spec.writes.map((path) => ({ who, state, path, kind: 'write' as const, expected: spec.expectedWrite(who, state, path) })),
    ]),
  );
}

/** `12 cases (3 viewers × 2 states × 2 paths)`: the size line each matrix prints. */
export function describeSize(name: string, cases: readonly unknown[], dimensions: Record<string, number>): string {
  return `${name}: ${cases.length} cases (${Object.entries(dimensions).map(([label, n]) => `${n} ${label}`).join(' × ')})`;
}

/** How one case is checked. */
export interface CaseCheck {
  kind: 'read' | 'write';
  expected: string;
  /** Runs the path as the viewer. */
  run: () => Promise<Outcome>;
  /** The stored state the path must not change when it is refused (or when `mustNotChange` says so). */
  snapshot: () => Promise<unknown>;
  /** Markers (quote, note, body, tag, author's name…) that must not appear in what a viewer who may not see the subject gets back. */
  secrets: readonly string[];
  /** A marker a visible read must contain, so the leak check is not vacuous; omit for paths that return only counts. */
  witness?: string;
  /** Whether the snapshot must be unchanged afterwards; default: a refused write. */
  mustNotChange?: boolean;
}

/**
 * Runs one matrix case: snapshot → run the path → status → secrets must not leak (when the
 * subject is not visible and the path did not succeed) → a refused write changed nothing.
 */
export async function checkAccessCase(check: CaseCheck): Promise<void> {
  const before = await check.snapshot();
  const outcome = await check.run();
  expect(outcome.status).toBe(check.expected);
  const json = JSON.stringify(outcome.payload);
  const visible = check.kind === 'read' && check.expected === 'visible';
  if (visible && check.witness !== undefined) expect(json).toContain(check.witness);
  if (!visible && check.expected !== 'ok') for (const secret of check.secrets) expect(json).not.toContain(secret);
  if (check.mustNotChange ?? (check.kind === 'write' && check.expected !== 'ok')) expect(await check.snapshot()).toEqual(before);
}

/** A matrix's own parts; describeAccessMatrix turns them into tests. */
export interface AccessMatrix<W extends string, S extends string, T> {
  /** The name of the describe block. */
  name: string;
  /** The dimensions as the completeness test names them: `viewer × visibility × path`. */
  dimensions: string;
  cases: readonly MatrixCase<W, S>[];
  /** The size the matrix must have, asserted so the size it reports is the real one. */
  size: number;
  /** The read paths: each returns whether `viewer` saw the subject. */
  reads: Readonly<Record<string, (viewer: Viewer | null, subject: T) => Promise<Outcome>>>;
  /** The write paths, run as the signed-in viewer. */
  writes: Readonly<Record<string, (subject: T) => Promise<Outcome>>>;
  /** The viewer of `who` (null: signed out); read when the case runs, after set-up. */
  viewerOf: (who: W) => Viewer | null;
  /** A fresh subject in `state` for one case. */
  makeSubject: (state: S) => Promise<T>;
  /** What the case checks besides its status: snapshot, secrets, witness, mustNotChange. */
  checks: (c: MatrixCase<W, S>, subject: T, viewer: Viewer | null) => Omit<CaseCheck, 'kind' | 'expected' | 'run'>;
}

/**
 * The tests of one matrix: that it has exactly `size` distinct cases, then one test per case —
 * a fresh subject, the viewer signed in (tests/support/mock-viewer.ts; the file must mock
 * '@/lib/auth/viewer' with it), the path run and checked by checkAccessCase.
 */
export function describeAccessMatrix<W extends string, S extends string, T>(matrix: AccessMatrix<W, S, T>): void {
  describe(matrix.name, () => {
    it(`has every ${matrix.dimensions}`, () => {
      expect(matrix.cases).toHaveLength(matrix.size);
      expect(new Set(matrix.cases.map((c) => `${c.who}|${c.state}|${c.path}`)).size).toBe(matrix.size);
    });

    it.each(matrix.cases)('$who × $state × $path → $expected', async (c) => {
      const subject = await matrix.makeSubject(c.state);
      const viewer = matrix.viewerOf(c.who);
      signInAs(viewer);
      const run = c.kind === 'read' ? () => matrix.reads[c.path]!(viewer, subject) : () => matrix.writes[c.path]!(subject);
      await checkAccessCase({ kind: c.kind, expected: c.expected, run, ...matrix.checks(c, subject, viewer) });
    });
  });
}
