/**
 * A scenario Condition as short nb/en text for the diagram's edge labels, e.g.
 * `arousal > 0.75 i 1 s`. Pure: the vocabulary is the one of docs/model.md, nothing is evaluated.
 */
import type { Condition } from '../../scenario';
import type { Lang } from '../../i18n';

type Words = Record<string, string>;

const VALUE: Record<Lang, Words> = {
  nb: {
    intimate: 'intim',
    personal: 'personlig',
    social: 'sosial',
    public: 'offentlig',
    angled: 'på skrå',
    square: 'rett mot',
    open: 'åpne',
    hidden: 'skjult',
    crossed: 'i kryss',
    raised: 'hevet',
    pointing: 'peker',
    calm: 'rolig',
    neutral: 'nøytral',
    firm: 'bestemt',
    commanding: 'befalende',
    shouting: 'roper',
    introduce: 'presentere',
    acknowledge: 'anerkjenne',
    question: 'spørre',
    listen: 'lytte',
    choice: 'valg',
    agree: 'enig',
    limit: 'grense',
    refuse: 'avslå',
    inform: 'informere',
    apologize: 'beklage',
    reassure: 'berolige',
    command: 'beordre',
    threat: 'true',
    dismiss: 'avfeie',
    say: 'snakker',
    alarm: 'alarm',
    help: 'tilkaller hjelp',
    withdraw: 'trekker seg unna',
    ignored: 'ignorert',
  },
  en: {},
};

const TEXT = {
  nb: {
    and: ' og ',
    or: ' eller ',
    not: 'ikke ',
    for: ' i ',
    distanceBelow: 'avstand < {v} m',
    distanceAbove: 'avstand > {v} m',
    zone: 'sone: {v}',
    closingSpeedAbove: 'nærmer seg > {v} m/s',
    stance: 'står {v}',
    hands: 'hender: {v}',
    gazeOn: 'blikk på {v}',
    staringAboveS: 'stirrer > {v} s',
    blockingExit: 'sperrer utgangen',
    blockingExitNo: 'sperrer ikke utgangen',
    ownExitClear: 'egen vei ut fri',
    ownExitClearNo: 'egen vei ut sperret',
    tone: 'tone: {v}',
    toneAtLeast: 'tone ≥ {v}',
    utteranceTag: 'sier: {v}',
    act: '{v}',
    saidBefore: 'har sagt: {v}',
    ignoredForAboveS: 'ignorert > {v} s',
    timeInPhaseAboveS: 'i fasen > {v} s',
    elapsedAboveS: 'tid > {v} s',
    phase: 'fase: {v}',
    arousalAbove: 'arousal > {v}',
    arousalBelow: 'arousal < {v}',
    alarmRaised: 'alarm utløst',
    alarmRaisedNo: 'ingen alarm',
    helpCalled: 'hjelp tilkalt',
    helpCalledNo: 'ingen hjelp tilkalt',
  },
  en: {
    and: ' and ',
    or: ' or ',
    not: 'not ',
    for: ' for ',
    distanceBelow: 'distance < {v} m',
    distanceAbove: 'distance > {v} m',
    zone: 'zone: {v}',
    closingSpeedAbove: 'approach > {v} m/s',
    stance: 'stance {v}',
    hands: 'hands: {v}',
    gazeOn: 'gaze on {v}',
    staringAboveS: 'staring > {v} s',
    blockingExit: 'blocking the exit',
    blockingExitNo: 'not blocking the exit',
    ownExitClear: 'own way out clear',
    ownExitClearNo: 'own way out blocked',
    tone: 'tone: {v}',
    toneAtLeast: 'tone ≥ {v}',
    utteranceTag: 'says: {v}',
    act: '{v}',
    saidBefore: 'said before: {v}',
    ignoredForAboveS: 'ignored > {v} s',
    timeInPhaseAboveS: 'in phase > {v} s',
    elapsedAboveS: 'time > {v} s',
    phase: 'phase: {v}',
    arousalAbove: 'arousal > {v}',
    arousalBelow: 'arousal < {v}',
    alarmRaised: 'alarm raised',
    alarmRaisedNo: 'no alarm',
    helpCalled: 'help called',
    helpCalledNo: 'no help called',
  },
} as const;

type Key = keyof (typeof TEXT)['en'];

/** A vocabulary value (tone, tag, hand pose, ...) in the language; English uses the ids as words. */
export function valueWord(v: string, lang: Lang): string {
  return VALUE[lang][v] ?? v;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

function list(v: string | readonly string[], lang: Lang): string {
  return (typeof v === 'string' ? [v] : v).map((x) => valueWord(x, lang)).join('/');
}

function part(key: Key, v: string, lang: Lang): string {
  return TEXT[lang][key].replace('{v}', v);
}

/** Condition → text; `forS` (the transition's hold time) is appended as "i N s" / "for N s". */
export function describeCondition(cond: Condition, lang: Lang, forS?: number): string {
  const text = describe(cond, lang, false);
  return forS ? `${text}${TEXT[lang].for}${num(forS)} s` : text;
}

function describe(c: Condition, lang: Lang, nested: boolean): string {
  const w = TEXT[lang];
  const parts: string[] = [];
  const flag = (on: boolean | undefined, yes: Key, no: Key) => {
    if (on !== undefined) parts.push(w[on ? yes : no]);
  };
  if (c.arousalAbove !== undefined) parts.push(part('arousalAbove', num(c.arousalAbove), lang));
  if (c.arousalBelow !== undefined) parts.push(part('arousalBelow', num(c.arousalBelow), lang));
  if (c.distanceBelow !== undefined) parts.push(part('distanceBelow', num(c.distanceBelow), lang));
  if (c.distanceAbove !== undefined) parts.push(part('distanceAbove', num(c.distanceAbove), lang));
  if (c.zone !== undefined) parts.push(part('zone', list(c.zone, lang), lang));
  if (c.closingSpeedAbove !== undefined)
    parts.push(part('closingSpeedAbove', num(c.closingSpeedAbove), lang));
  if (c.stance !== undefined) parts.push(part('stance', valueWord(c.stance, lang), lang));
  if (c.hands !== undefined) parts.push(part('hands', list(c.hands, lang), lang));
  if (c.gazeOn !== undefined) parts.push(part('gazeOn', c.gazeOn, lang));
  if (c.staringAboveS !== undefined) parts.push(part('staringAboveS', num(c.staringAboveS), lang));
  flag(c.blockingExit, 'blockingExit', 'blockingExitNo');
  flag(c.ownExitClear, 'ownExitClear', 'ownExitClearNo');
  if (c.tone !== undefined) parts.push(part('tone', list(c.tone, lang), lang));
  if (c.toneAtLeast !== undefined) parts.push(part('toneAtLeast', valueWord(c.toneAtLeast, lang), lang));
  if (c.utteranceTag !== undefined) parts.push(part('utteranceTag', list(c.utteranceTag, lang), lang));
  if (c.act !== undefined) parts.push(part('act', list(c.act, lang), lang));
  if (c.saidBefore !== undefined) parts.push(part('saidBefore', list(c.saidBefore, lang), lang));
  if (c.ignoredForAboveS !== undefined) parts.push(part('ignoredForAboveS', num(c.ignoredForAboveS), lang));
  if (c.timeInPhaseAboveS !== undefined)
    parts.push(part('timeInPhaseAboveS', num(c.timeInPhaseAboveS), lang));
  if (c.elapsedAboveS !== undefined) parts.push(part('elapsedAboveS', num(c.elapsedAboveS), lang));
  if (c.phase !== undefined)
    parts.push(part('phase', typeof c.phase === 'string' ? c.phase : c.phase.join('/'), lang));
  flag(c.alarmRaised, 'alarmRaised', 'alarmRaisedNo');
  flag(c.helpCalled, 'helpCalled', 'helpCalledNo');
  if (c.all) parts.push(...c.all.map((x) => describe(x, lang, true)));
  if (c.any) {
    const alts = c.any.map((x) => describe(x, lang, true)).join(w.or);
    parts.push(c.any.length > 1 ? `(${alts})` : alts);
  }
  if (c.not) parts.push(`${w.not}(${describe(c.not, lang, false)})`);
  const text = parts.join(w.and);
  return nested && parts.length > 1 ? `(${text})` : text;
}
