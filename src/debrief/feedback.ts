/**
 * What went well (first) and 1-3 things to try next, from the checklist and process indicators
 * (domain.md §6: learn from what goes well as well as from what goes wrong; advocacy-inquiry, Rudolph
 * et al. 2006: an observation plus a genuine question about the trainee's reasoning).
 */
import type { BetaDomain } from '../sim';
import type { ChecklistItem, IndicatorId, ProcessIndicators } from '../scoring';
import { SCORING } from '../scoring';

export interface Text {
  nb: string;
  en: string;
}

type Key = BetaDomain | IndicatorId;
type Phrase = { well: Text; next: Text };

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
const pct = (x: number) => `${Math.round(100 * x)}`;

/** Phrases for each checklist domain and indicator; `ctx` fills in the observation. */
function phrase(key: Key, ctx: { at?: number; share?: number; dist?: number; safe?: number }): Phrase | null {
  const at = ctx.at !== undefined ? mmss(ctx.at) : '';
  const share = ctx.share !== undefined ? pct(ctx.share) : '';
  switch (key) {
    case 'respectSpace':
    case 'safeDistance':
      return {
        well: {
          nb: `Du holdt trygg avstand ${share} % av tiden.`,
          en: `You kept a safe distance ${share}% of the time.`,
        },
        next: {
          nb: `Ved ${at} var du ${ctx.dist?.toFixed(1)} m fra pasienten, der ${ctx.safe} m hadde vært tryggere. Hva tenkte du da du gikk nærmere?`,
          en: `At ${at} you were ${ctx.dist?.toFixed(1)} m from the patient, where ${ctx.safe} m would have been safer. What was on your mind as you moved closer?`,
        },
      };
    case 'dontProvoke':
      return {
        well: {
          nb: 'Kroppsspråket ditt var åpent og ikke truende.',
          en: 'Your body language was open and non-threatening.',
        },
        next: {
          nb: `Hendene var åpne ${share} % av tiden nær pasienten. Hvordan tror du han opplevde kroppsspråket og ordene dine?`,
          en: `Your hands were open ${share}% of the time near the patient. How do you think he read your body language and words?`,
        },
      };
    case 'verbalContact':
      return {
        well: {
          nb: 'Du presenterte deg tidlig med navn og rolle.',
          en: 'You introduced yourself early with name and role.',
        },
        next: {
          nb: 'Jeg hørte ikke at du presenterte deg med navn og rolle. Hva holdt deg tilbake?',
          en: "I didn't hear you introduce yourself by name and role. What held you back?",
        },
      };
    case 'identifyWants':
      return {
        well: {
          nb: 'Du spurte etter og anerkjente hva pasienten trengte.',
          en: 'You asked about and acknowledged what the patient needed.',
        },
        next: {
          nb: 'Jeg la merke til at du ikke spurte hva han trengte. Hva tror du han egentlig ville?',
          en: "I noticed you didn't ask what he needed. What do you think he really wanted?",
        },
      };
    case 'listen':
      return {
        well: {
          nb: 'Du lyttet: du lot ham fortelle og svarte på det han sa.',
          en: 'You listened: you let him tell it and answered what he said.',
        },
        next: {
          nb: 'Jeg hørte lite av at du lyttet og speilet det han sa. Hva hørte du ham si, under ordene?',
          en: 'I heard little of you listening and reflecting what he said. What did you hear him say, under the words?',
        },
      };
    case 'choices':
      return {
        well: {
          nb: 'Du ga pasienten valg og noe å håpe på.',
          en: 'You gave the patient choices and something to hope for.',
        },
        next: {
          nb: 'Pasienten fikk ingen valg underveis. Hvilke valg kunne du ha tilbudt ham?',
          en: 'The patient was offered no choices. Which choices could you have offered him?',
        },
      };
    case 'agree':
      return {
        well: {
          nb: 'Du var enig i det som var sant i det han sa.',
          en: 'You agreed with what was true in what he said.',
        },
        next: {
          nb: 'Du var ikke enig med ham i noe. Var det noe i det han sa du kunne ha gitt ham rett i?',
          en: 'You did not agree with him on anything. Was there something he said that you could have agreed with?',
        },
      };
    case 'limits':
      return {
        well: { nb: 'Du satte grenser rolig, uten trusler.', en: 'You set limits calmly, without threats.' },
        next: {
          nb: 'Da han ble urolig, hørte jeg ingen rolig grensesetting. Hva ville du ha sagt for å sette en grense uten å true?',
          en: 'When he escalated I heard no calm limit. What could you say to set a limit without a threat?',
        },
      };
    case 'concise':
      return {
        well: { nb: 'Du snakket kort og tydelig.', en: 'You spoke briefly and clearly.' },
        next: {
          nb: 'Jeg hørte få korte, enkle setninger. Hva gjør det lettere å være kort når noen er opprørt?',
          en: 'I heard few short, simple sentences. What makes it easier to be brief when someone is upset?',
        },
      };
    case 'cuesNoticed':
      return {
        well: { nb: 'Du fikk raskt øye på varselsignalene.', en: 'You noticed the warning signs quickly.' },
        next: {
          nb: `Et varselsignal dukket opp ved ${at} uten at du så på pasienten. Hva fanget oppmerksomheten din da?`,
          en: `A warning sign appeared at ${at} while you weren't looking at the patient. What held your attention then?`,
        },
      };
    case 'exitsChecked':
      return {
        well: { nb: 'Du sjekket utgangene i rommet.', en: 'You checked the exits in the room.' },
        next: {
          nb: 'Jeg så ikke at du sjekket alle utgangene. Hvordan vet du hvor du kan gå hvis det blir farlig?',
          en: "I didn't see you check every exit. How do you know where to go if it becomes dangerous?",
        },
      };
    case 'exitNotBlocked':
      return {
        well: { nb: 'Du lot pasientens vei ut være åpen.', en: "You left the patient's way out open." },
        next: {
          nb: `Ved ${at} sto du mellom pasienten og døra. Hvordan tror du det føltes for ham?`,
          en: `At ${at} you stood between the patient and the door. How do you think that felt for him?`,
        },
      };
    case 'ownExitClear':
      return {
        well: { nb: 'Du holdt din egen vei ut fri.', en: 'You kept your own way out clear.' },
        next: {
          nb: `Din egen vei ut var blokkert av pasienten ${share} % av tiden. Hva hadde du gjort hvis han gikk mot deg?`,
          en: `Your own way out was blocked by the patient ${share}% of the time. What would you have done if he came at you?`,
        },
      };
    case 'inContact':
      return {
        well: {
          nb: 'Du holdt kontakten med ham hele veien.',
          en: 'You stayed in contact with him all the way.',
        },
        next: {
          nb: `Du var langt unna ham (mer enn 3,6 m utenom krisen) ${share} % av tiden. Hva holdt deg borte, og hva trengte han av deg da?`,
          en: `You were far from him (more than 3.6 m outside the crisis) ${share}% of the time. What kept you away, and what did he need from you then?`,
        },
      };
    case 'crisisResponse':
      return {
        well: {
          nb: 'Da det ble en krise, handlet du raskt: alarm, hjelp eller ut.',
          en: 'When it became a crisis, you acted quickly: the alarm, help or out.',
        },
        next: {
          nb: `Krisen begynte ved ${at}, og det tok lang tid før du slo alarm, tilkalte hjelp eller gikk ut. Hva holdt deg igjen?`,
          en: `The crisis began at ${at}, and it took long before you raised the alarm, called for help or left. What held you back?`,
        },
      };
    case 'debrief':
      return null;
  }
}

interface Candidate {
  key: Key;
  score: number;
  phrase: Phrase;
}

export function feedback(
  checklist: readonly ChecklistItem[],
  process: ProcessIndicators,
): { wentWell: Text[]; tryNext: Text[] } {
  const out: Candidate[] = [];
  const push = (key: Key, score: number | null, ctx: Parameters<typeof phrase>[1]) => {
    const p = score === null ? null : phrase(key, ctx);
    if (p && score !== null) out.push({ key, score, phrase: p });
  };
  for (const item of checklist) {
    const first = item.evidence.find((e) => e.kind === 'tooClose');
    const open = item.evidence.find((e) => e.kind === 'handsOpen')?.value;
    push(item.domain, item.score, {
      share: item.domain === 'respectSpace' ? (item.score ?? 0) : open,
      ...(first ? { at: first.t, dist: first.value, safe: first.safeDistance } : {}),
    });
  }
  const missed = process.cues.find((c) => c.score < 1);
  push('cuesNoticed', process.scores.cuesNoticed, missed ? { at: missed.shownAt } : {});
  push('exitsChecked', process.scores.exitsChecked, {});
  push('exitNotBlocked', process.scores.exitNotBlocked, { at: process.blockingEpisodes[0]?.from ?? 0 });
  push('ownExitClear', process.scores.ownExitClear, { share: 1 - (process.scores.ownExitClear ?? 1) });
  push('inContact', process.scores.inContact, { share: 1 - (process.scores.inContact ?? 1) });
  push('crisisResponse', process.scores.crisisResponse, { at: process.crisisOnset ?? 0 });
  // respectSpace and safeDistance say the same thing: keep the checklist one.
  const cands = out.filter((c) => c.key !== 'safeDistance');
  const { met } = SCORING.checklist;
  // Two items may read the same: one line of each is enough.
  const seen = new Set<string>();
  const once = (c: Candidate) =>
    !seen.has(c.phrase.well.nb + c.phrase.next.nb) && !!seen.add(c.phrase.well.nb + c.phrase.next.nb);
  const wentWell = cands
    .filter((c) => c.score >= met)
    .sort((a, b) => b.score - a.score)
    .filter(once)
    .slice(0, 3)
    .map((c) => c.phrase.well);
  const tryNext = cands
    .filter((c) => c.score < met)
    .sort((a, b) => a.score - b.score)
    .filter(once)
    .slice(0, 3)
    .map((c) => c.phrase.next);
  return {
    wentWell: wentWell.length
      ? wentWell
      : [
          {
            nb: 'Du sto i situasjonen til slutt, og nå tar du deg tid til å reflektere. Det er der læringen skjer.',
            en: 'You stayed with the situation to the end, and now you are taking time to reflect. That is where learning happens.',
          },
        ],
    tryNext: tryNext.length
      ? tryNext
      : [
          {
            nb: 'Alt på sjekklisten var på plass. Hva ville du gjort annerledes med en pasient som var mer opprørt fra start?',
            en: 'Everything on the checklist was in place. What would you do differently with a patient who was more upset from the start?',
          },
        ],
  };
}
