/**
 * The xAPI 1.0.3 rules Rolig's statements touch, checked as the specification states them (Data,
 * part two: §2.4 Statement properties), as a second check beside Learning Locker's validator. Returns
 * a list of broken rules, each naming the property and the section.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** RFC 3339 / ISO 8601 date-time with a time zone (§4.5). */
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
/** ISO 8601 duration (§4.6). */
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
/** RFC 5646 language tag, the common forms (§4.2 language maps). */
const LANG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
const TOP = new Set([
  'id',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'stored',
  'authority',
  'version',
  'attachments',
]);
const INTERACTIONS = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An absolute IRI; URNs count (§4.3), but an IRL must be a URL that can be fetched (http/https). */
function isIri(s: unknown): boolean {
  return typeof s === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);
}
function isIrl(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.host;
  } catch {
    return false;
  }
}

export function xapiRuleViolations(s: Obj): string[] {
  const out: string[] = [];
  const need = (ok: boolean, rule: string) => ok || out.push(rule);
  for (const k of Object.keys(s)) need(TOP.has(k), `${k}: not a Statement property (§2.4)`);
  need(typeof s.id === 'string' && UUID.test(s.id), 'id: MUST be a UUID (§2.4.1)');
  need(!('version' in s), 'version: set by the LRS; a Learning Record Provider SHOULD NOT set it (§2.4.10)');
  need(!('stored' in s) && !('authority' in s), 'stored/authority: set by the LRS (§2.4.8, §2.4.9)');
  need(
    typeof s.timestamp === 'string' && TIMESTAMP.test(s.timestamp),
    'timestamp: ISO 8601 with a time zone (§2.4.7)',
  );
  const langMap = (m: unknown, where: string) =>
    need(
      isObj(m) && Object.keys(m).length > 0 && Object.keys(m).every((k) => LANG.test(k)),
      `${where}: a language map (§4.2)`,
    );

  // Actor (§2.4.2): an Agent with exactly one inverse functional identifier.
  const a = s.actor;
  if (!isObj(a)) out.push('actor: required (§2.4.2)');
  else {
    const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => k in a);
    need(ifis.length === 1, 'actor: exactly one inverse functional identifier (§2.4.2.3)');
    if (isObj(a.account)) {
      need(isIrl(a.account.homePage), 'actor.account.homePage: MUST be an IRL (§2.4.2.4)');
      need(
        typeof a.account.name === 'string' && a.account.name.length > 0,
        'actor.account.name: required (§2.4.2.4)',
      );
    }
  }
  // Verb (§2.4.3).
  const v = s.verb;
  need(isObj(v) && isIri(v.id), 'verb.id: an IRI (§2.4.3)');
  if (isObj(v) && 'display' in v) langMap(v.display, 'verb.display');
  // Object: an Activity (§2.4.4.1).
  const o = s.object;
  if (!isObj(o) || !isIri(o.id)) out.push('object.id: an IRI (§2.4.4.1)');
  const def = isObj(o) && isObj(o.definition) ? o.definition : null;
  if (def) {
    if ('name' in def) langMap(def.name, 'object.definition.name');
    if ('type' in def) need(isIri(def.type), 'object.definition.type: an IRI (§2.4.4.1)');
    if ('interactionType' in def) {
      need(
        INTERACTIONS.includes(String(def.interactionType)),
        'interactionType: one of the listed (§2.4.4.1)',
      );
      if (def.interactionType === 'choice') {
        const choices = Array.isArray(def.choices) ? (def.choices as unknown[]) : null;
        need(!!choices && choices.length > 0, 'choices: a choice interaction lists its choices (§2.4.4.1)');
        const ids = (choices ?? []).map((c) => (isObj(c) ? c.id : undefined));
        need(
          ids.every((id) => typeof id === 'string' && id.length > 0 && !/\s/.test(id)),
          'choices[].id: a string without whitespace (§2.4.4.1)',
        );
        need(new Set(ids).size === ids.length, 'choices[].id: unique within the activity (§2.4.4.1)');
        for (const c of choices ?? []) if (isObj(c)) langMap(c.description, 'choices[].description');
        const pattern = def.correctResponsesPattern;
        need(Array.isArray(pattern), 'correctResponsesPattern: an array of strings');
        const listed = (r: string) => r === '' || r.split('[,]').every((x) => ids.includes(x));
        for (const p of Array.isArray(pattern) ? pattern : [])
          need(
            typeof p === 'string' && listed(p),
            `correctResponsesPattern: "${String(p)}" names a choice id`,
          );
        const res = isObj(s.result) ? s.result.response : undefined;
        if (res !== undefined)
          need(
            typeof res === 'string' && listed(res),
            `result.response: ${JSON.stringify(res)} names choice ids`,
          );
      }
    }
  }
  // Result (§2.4.5).
  if (isObj(s.result)) {
    const r = s.result;
    if (isObj(r.score)) {
      const { scaled, raw, min, max } = r.score as Record<string, number | undefined>;
      if (scaled !== undefined)
        need(scaled >= -1 && scaled <= 1, 'result.score.scaled: between -1 and 1 (§2.4.5.1)');
      if (raw !== undefined && min !== undefined)
        need(raw >= min, 'result.score.raw: not below min (§2.4.5.1)');
      if (raw !== undefined && max !== undefined)
        need(raw <= max, 'result.score.raw: not above max (§2.4.5.1)');
    }
    if ('duration' in r)
      need(typeof r.duration === 'string' && DURATION.test(r.duration), 'result.duration: ISO 8601 (§4.6)');
    if (isObj(r.extensions))
      need(Object.keys(r.extensions).every(isIri), 'result.extensions: keys are IRIs (§4.1)');
  }
  // Context (§2.4.6).
  if (isObj(s.context)) {
    const c = s.context;
    if ('registration' in c)
      need(
        typeof c.registration === 'string' && UUID.test(c.registration),
        'context.registration: a UUID (§2.4.6)',
      );
    if ('language' in c)
      need(typeof c.language === 'string' && LANG.test(c.language), 'context.language: RFC 5646 (§2.4.6)');
    if (isObj(c.extensions))
      need(Object.keys(c.extensions).every(isIri), 'context.extensions: keys are IRIs (§4.1)');
    if (isObj(c.contextActivities))
      for (const [k, list] of Object.entries(c.contextActivities))
        need(
          Array.isArray(list) && list.every((x) => isObj(x) && isIri(x.id)),
          `context.contextActivities.${k}: activities (§2.4.6.2)`,
        );
  }
  return out;
}
