// The fields an evidence item keeps unchanged between the database and a bundle's case.json or
// backup.json: export writes them (export.ts evidenceDoc), import reads them back (import.ts).
import type { EvidenceRecord } from '../db';

type Carried = Pick<
  EvidenceRecord,
  'uid' | 'kind' | 'url' | 'title' | 'capturedAt' | 'mimeType' | 'sha256' | 'size' | 'thumbnail'
>;

export function carriedFields(item: Carried): Carried {
  return {
    uid: item.uid,
    kind: item.kind,
    url: item.url,
    title: item.title,
    capturedAt: item.capturedAt,
    mimeType: item.mimeType,
    sha256: item.sha256,
    size: item.size,
    ...(item.thumbnail && { thumbnail: item.thumbnail }),
  };
}
