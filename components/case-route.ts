// Which case the casebook shows, kept in the address (#case=12): a case can be linked and
// opened directly, and the browser's Back returns to the list.
import { useEffect, useState } from 'preact/hooks';

/** The case id in a hash like '#case=12'; undefined for the list or anything else. */
export function caseIdOf(hash: string): number | undefined {
  const match = /^#case=(\d{1,15})$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

export const caseHref = (id: number): string => `#case=${id}`;

/** The case open now (from location.hash), following Back, Forward and links. */
export function useOpenCaseId(): number | undefined {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return caseIdOf(hash);
}
