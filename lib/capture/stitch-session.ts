// Screenshots of running captures, held where the stitching happens until the capture ends.
// Kept as PNG Blobs (a few hundred kB each), decoded only while their part is drawn.
import { dataUrlToBlob, stitchTiles, type StitchOutput, type StitchRequest } from './stitch';

const sessions = new Map<string, Blob[]>();

export function beginSession(jobId: string): void {
  sessions.set(jobId, []);
}

export async function addTile(jobId: string, index: number, dataUrl: string): Promise<void> {
  const tiles = sessions.get(jobId);
  if (!tiles) throw new Error(`no capture ${jobId}`);
  tiles[index] = await dataUrlToBlob(dataUrl);
}

/** Stitches what the session holds and ends it. */
export async function finishSession(jobId: string, request: StitchRequest): Promise<StitchOutput> {
  const tiles = sessions.get(jobId);
  if (!tiles) throw new Error(`no capture ${jobId}`);
  sessions.delete(jobId);
  return stitchTiles(tiles, request);
}

export function discardSession(jobId: string): void {
  sessions.delete(jobId);
}

export function openSessions(): number {
  return sessions.size;
}
