/** The two clocks every evidence item records: UTC, and the same instant in Beijing time. */
export function captureTimes(at: number): { capturedAtUtc: string; capturedAtShanghai: string } {
  const utc = new Date(at).toISOString();
  // Asia/Shanghai has had no daylight saving since 1991: a fixed +08:00 is exact here.
  const shanghai = new Date(at + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
  return { capturedAtUtc: utc, capturedAtShanghai: `${shanghai} +08:00` };
}
