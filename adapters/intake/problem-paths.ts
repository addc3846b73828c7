/**
 * zod issues ↔ RFC 9457 `errors` with JSON pointers (RFC 6901). The local
 * service uses this to answer 422 and the client uses it to reject an invalid
 * request before sending it, so both speak the same paths.
 */
import type { z } from 'zod';
import type { Problem } from './contract';

type ProblemErrors = NonNullable<Problem['errors']>;

export function jsonPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((seg) => '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function zodIssuesToProblemErrors(issues: ReadonlyArray<z.core.$ZodIssue>): ProblemErrors {
  const out: ProblemErrors = [];
  for (const issue of issues) {
    // A strict object names all its unknown keys in one issue; each key is its own thing to fix.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: jsonPointer([...issue.path, key]), message: 'unknown property' });
      continue;
    }
    out.push({ path: jsonPointer(issue.path), message: issue.message });
  }
  return out;
}

/** Our own 422 for a dossier that fails the contract before it is sent (queued or delivered). */
export function invalidDossierProblem(issues: ReadonlyArray<z.core.$ZodIssue>): Problem {
  return {
    type: 'urn:commune-assistant:invalid-dossier',
    title: 'The dossier does not meet the intake contract',
    status: 422,
    errors: zodIssuesToProblemErrors(issues),
  };
}

/** The JSON pointers a 422 names, unique, in order (e.g. ["/applicant/phone"]), so the conversation can say what to fix. */
export function describeProblemPaths(problem: Problem): string[] {
  const seen = new Set<string>();
  for (const e of problem.errors ?? []) seen.add(e.path);
  return [...seen];
}
