/**
 * Deterministic UUIDs (so resending the same run's xAPI statements never duplicates them: the LRS
 * keeps statement ids unique) and random ones for new records. No crypto dependency: FNV-1a over
 * four lanes is enough for ids, not for secrets.
 */
export function uuidFrom(name: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    for (let l = 0; l < 4; l++)
      lanes[l] = Math.imul((lanes[l]! ^ c ^ (l * 0x45d9f3b)) >>> 0, 0x01000193) >>> 0;
  }
  for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l]! ^ (lanes[l]! >>> 15), 0x2c1b3c6d) >>> 0;
  const hex = lanes.map((x) => x.toString(16).padStart(8, '0')).join('');
  // RFC 4122 layout: version 5 (name-based) and variant 10xx.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function randomUuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return uuidFrom(`${Date.now()}-${Math.random()}-${Math.random()}`);
}
