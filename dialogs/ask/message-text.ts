import type { Activity } from 'botbuilder';

/** What the citizen typed, in one Unicode form (keyboards send both) and without surrounding spaces. */
export function messageText(activity: Partial<Activity>): string {
  return (activity.text ?? '').normalize('NFC').trim();
}
