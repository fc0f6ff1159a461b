/**
 * xAPI 1.0.3 statements for a run (docs/xapi.md): attempted (the scenario), answered (each probe),
 * completed (score scaled 0-1 and duration), experienced (the debrief). The actor is an account on
 * the configured home page (an IRL: the app's own address by default) whose name is made from the
 * trainee's device and pseudonym, so two trainees who both chose "Kari" are two actors; nothing
 * identifies a person unless they chose to. Statement ids derive from the record id, so sending a run
 * twice never duplicates a statement. The LRS sets `version`: the statements do not (xAPI §2.4.10).
 */
import type { DebriefRecord } from './record';
import { uuidFrom } from './ids';

export const XAPI_VERSION = '1.0.3';
const VERB = 'http://adlnet.gov/expapi/verbs/';
const ACTIVITY = 'http://adlnet.gov/expapi/activities/';
/** Activity ids and extension keys (URNs: they resolve nowhere, so nothing leaks by lookup). */
export const XAPI_IDS = {
  scenario: (id: string) => `urn:rolig:scenario:${id}`,
  probe: (scenario: string, probe: string) => `urn:rolig:scenario:${scenario}:probe:${probe}`,
  debrief: (recordId: string) => `urn:rolig:debrief:${recordId}`,
  ext: {
    seed: 'urn:rolig:ext:seed',
    scenarioVersion: 'urn:rolig:ext:scenario-version',
    outcome: 'urn:rolig:ext:outcome',
    outcomeKind: 'urn:rolig:ext:outcome-kind',
    saLevel: 'urn:rolig:ext:sa-level',
    freezeTime: 'urn:rolig:ext:freeze-time',
    probeScore: 'urn:rolig:ext:probe-score',
    processScore: 'urn:rolig:ext:process-score',
    persona: 'urn:rolig:ext:persona',
  },
} as const;

export type Statement = Record<string, unknown> & { id: string };

/** Who the statements are about: the account's home page and the device the run was made on. */
export interface XapiActor {
  /** An IRL (http or https URL): the app's own address, or the one set in the settings. */
  homePage: string;
  /** This device's random id; a record made on another device carries its own. */
  device: string;
}

/** Names for vocabulary answers (cue behaviours, phases...) in both languages; the app gives i18n's. */
export type AnswerLabels = (
  kind: DebriefRecord['probes'][number]['kind'],
  value: string,
) => { nb: string; en: string };

/** The account name: opaque, one per device and pseudonym (the pseudonym stays the actor's `name`). */
export const accountName = (device: string, pseudonym: string) =>
  uuidFrom(`rolig-account:${device}:${pseudonym}`);

/** Whether a string is an IRL xAPI accepts as a home page (an absolute http or https URL). */
export function isHomePage(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.host;
  } catch {
    return false;
  }
}

/** ISO 8601 duration, seconds to two decimals (xAPI 1.0.3 §4.1.5.3). */
export function isoDuration(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round((s % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec}S`;
}

const lang = (t: { nb: string; en: string }) => ({ 'nb-NO': t.nb, 'en-US': t.en });
const verb = (id: string) => ({ id: VERB + id, display: { 'en-US': id } });

export function toStatements(r: DebriefRecord, who: XapiActor, labels?: AnswerLabels): Statement[] {
  if (!isHomePage(who.homePage))
    throw new Error(`xAPI: the account home page must be an http(s) URL: ${who.homePage}`);
  const actor = {
    objectType: 'Agent',
    name: r.pseudonym,
    account: { homePage: who.homePage, name: accountName(r.device ?? who.device, r.pseudonym) },
  };
  const start = Date.parse(r.startedAt);
  const at = (t: number) => new Date(start + Math.round(t * 1000)).toISOString();
  const scenarioActivity = {
    objectType: 'Activity',
    id: XAPI_IDS.scenario(r.scenario.id),
    definition: { type: ACTIVITY + 'simulation', name: lang(r.scenario.title) },
  };
  const context = (parent = false) => ({
    registration: r.id,
    platform: 'Rolig',
    language: 'nb-NO',
    extensions: { [XAPI_IDS.ext.seed]: r.seed, [XAPI_IDS.ext.scenarioVersion]: r.scenario.version },
    ...(parent
      ? { contextActivities: { parent: [{ objectType: 'Activity', id: scenarioActivity.id }] } }
      : {}),
  });
  const base = (n: string, t: number) => ({
    id: uuidFrom(`${r.id}:${n}`),
    actor,
    timestamp: at(t),
  });
  const out: Statement[] = [
    { ...base('attempted', 0), verb: verb('attempted'), object: scenarioActivity, context: context() },
  ];
  for (const p of r.probes) {
    const list = (a: string | string[] | null) => (a === null ? '' : Array.isArray(a) ? a.join('[,]') : a);
    out.push({
      ...base(`answered:${p.freeze}:${p.probeId}`, p.t),
      verb: verb('answered'),
      object: {
        objectType: 'Activity',
        id: XAPI_IDS.probe(r.scenario.id, p.probeId),
        definition: {
          type: ACTIVITY + 'cmi.interaction',
          name: lang(p.question),
          interactionType: 'choice',
          correctResponsesPattern: [list(p.truth)],
          ...(p.choices
            ? {
                choices: p.choices.map((c) => ({
                  id: c.value,
                  description: lang(c.label ?? labels?.(p.kind, c.value) ?? { nb: c.value, en: c.value }),
                })),
              }
            : {}),
        },
      },
      result: {
        response: list(p.answer),
        success: p.correct,
        extensions: { [XAPI_IDS.ext.saLevel]: p.level, [XAPI_IDS.ext.freezeTime]: p.t },
      },
      context: context(true),
    });
  }
  const end = r.durationS;
  out.push({
    ...base('completed', end),
    verb: verb('completed'),
    object: scenarioActivity,
    result: {
      // No score when there was not enough to score (SaScore.total null): an LRS must not read 0.
      ...(r.sa.total === null
        ? {}
        : {
            score: {
              scaled: Math.round(r.sa.total * 10) / 1000,
              raw: Math.round(r.sa.total * 10) / 10,
              min: 0,
              max: 100,
            },
          }),
      completion: r.outcome !== null,
      duration: isoDuration(end),
      extensions: {
        [XAPI_IDS.ext.outcome]: r.outcome?.id ?? 'unfinished',
        [XAPI_IDS.ext.outcomeKind]: r.outcome?.kind ?? 'none',
        [XAPI_IDS.ext.probeScore]: r.sa.probes.percent,
        [XAPI_IDS.ext.processScore]: Math.round(r.sa.process.score * 10) / 10,
        ...(r.persona ? { [XAPI_IDS.ext.persona]: r.persona } : {}),
      },
    },
    context: context(),
  });
  out.push({
    ...base('experienced', end),
    verb: verb('experienced'),
    object: {
      objectType: 'Activity',
      id: XAPI_IDS.debrief(r.id),
      definition: {
        type: ACTIVITY + 'meeting',
        name: { 'nb-NO': 'Læringsdebrief', 'en-US': 'Learning debrief' },
      },
    },
    context: context(true),
  });
  return out;
}
