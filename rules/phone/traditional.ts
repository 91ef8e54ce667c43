// Police notices and Hong Kong/Taiwan pages print the words the rules match in Traditional
// characters ("撥打咨詢電話", "自稱淘寶客服"). Folding them to Simplified one character for one
// keeps every offset, so numbers are still cut from the page's own text.
import { SIMPLIFIED, TRADITIONAL } from './traditional-table';

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
/** Simplified code unit for each CJK code unit, 0 when it has none: one array read per character. */
const FOLD = new Uint16Array(CJK_LAST - CJK_FIRST + 1);
for (let i = 0; i < TRADITIONAL.length; i++)
  FOLD[TRADITIONAL.charCodeAt(i) - CJK_FIRST] = SIMPLIFIED.charCodeAt(i);

/** `text` with the Traditional forms of the rules' own characters in Simplified; same length. */
export function foldTraditional(text: string): string {
  let out: string[] | null = null; // built only once a Traditional character turns up
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const to = code >= CJK_FIRST && code <= CJK_LAST ? FOLD[code - CJK_FIRST]! : 0;
    if (to === 0) continue;
    out ??= [];
    out.push(text.slice(from, i), String.fromCharCode(to));
    from = i + 1;
  }
  return out ? out.join('') + text.slice(from) : text;
}
