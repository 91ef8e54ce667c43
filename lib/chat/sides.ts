// Whose message each bubble is, weighed from more than one signal. The side class alone is
// wrong on 旺旺 (a pasted picture's bubble has no .self: only its nick says it is the
// shopper's), and a layout never seen has no known class at all, so: first each bubble's own
// signals (the class, else where the bubble sits), then each nick's majority over all its
// bubbles, which outweighs a single bubble's signals. Pure, so it is tested in node.
import type { ChatMessage, SideSignals } from './types';

type Side = 'own' | 'theirs' | 'system';

/** One bubble's side from its own signals: the class when it says one, else its alignment. */
function bubbleSide(side: SideSignals): Side {
  if (side.cls) return side.cls;
  if (side.align === 'center') return 'system';
  return side.align === 'right' ? 'own' : 'theirs';
}

/**
 * The items with `own` (and `system`) set from the weighed signals. A side class is strong
 * evidence (pages give it only to one side's bubbles; its absence proves nothing), where a bubble
 * sits is weak. A nick takes the majority of its bubbles' strong signals, or of the weak ones when
 * it has none, and that side outweighs each of its bubbles' own; a nick split evenly, or none,
 * leaves each bubble to its own signals.
 */
export function resolveSides<T extends { message: ChatMessage; side: SideSignals }>(
  items: readonly T[],
): Array<T & { message: ChatMessage }> {
  const votes = new Map<string, { strong: number; weak: number }>();
  for (const { message, side } of items) {
    const own = bubbleSide(side);
    if (!message.sender || own === 'system') continue;
    const vote = votes.get(message.sender) ?? { strong: 0, weak: 0 };
    vote[side.cls ? 'strong' : 'weak'] += own === 'own' ? 1 : -1;
    votes.set(message.sender, vote);
  }
  return items.map((item) => {
    let side = bubbleSide(item.side);
    const vote = item.message.sender ? votes.get(item.message.sender) : undefined;
    const lean = vote ? vote.strong || vote.weak : 0;
    if (side !== 'system' && lean !== 0) side = lean > 0 ? 'own' : 'theirs';
    const { system: _system, ...rest } = item.message;
    const message: ChatMessage = { ...rest, own: side === 'own', ...(side === 'system' && { system: true }) };
    return { ...item, message };
  });
}
