/**
 * Conversations saved before the dialogs were flattened hold nested stacks:
 * the root and the find/procedure/status/resume dialogs were component
 * dialogs, each keeping its own inner stack whose first entry was its
 * waterfall ("find" → ["find.flow", "find.ask"]). Such a stack is rewritten in
 * place into the flat one the dialogs now use (["find", "find.ask"]), keeping
 * every waterfall's step, options and values, so a citizen mid-question when
 * the service was upgraded carries on where they were.
 */
import type { DialogInstance, DialogState } from 'botbuilder-dialogs';

/** the component dialogs of before and the id of their waterfall */
const FORMER_COMPONENTS: ReadonlyMap<string, string> = new Map(
  ['root', 'find', 'procedure', 'status', 'resume'].map((id) => [id, `${id}.flow`]),
);

function innerStack(instance: DialogInstance): DialogInstance[] | undefined {
  const inner = (instance.state as { dialogs?: DialogState } | undefined)?.dialogs?.dialogStack;
  return Array.isArray(inner) ? inner : undefined;
}

function flatten(stack: readonly DialogInstance[]): DialogInstance[] {
  const out: DialogInstance[] = [];
  for (const instance of stack) {
    const flow = FORMER_COMPONENTS.get(instance.id);
    const inner = flow === undefined ? undefined : innerStack(instance);
    if (!inner) {
      out.push(instance);
      continue;
    }
    const [first, ...rest] = inner;
    // the waterfall takes the component's place; its version is dropped, so no version-change check fires
    if (first?.id === flow) out.push({ id: instance.id, state: first.state });
    out.push(...flatten(first?.id === flow ? rest : inner));
  }
  return out;
}

/** true when the stack was in the old shape and has been rewritten */
export function flattenSavedStack(state: DialogState | undefined): boolean {
  const stack = state?.dialogStack;
  if (!state || !Array.isArray(stack) || !stack.some((i) => FORMER_COMPONENTS.has(i.id) && innerStack(i))) return false;
  state.dialogStack = flatten(stack);
  return true;
}
