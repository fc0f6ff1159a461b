/**
 * Sends finished runs' xAPI statements to the LRS set in settings (src/ui/profile.ts). Nothing is
 * queued or sent unless an endpoint is configured. Queued statements survive reloads (IndexedDB)
 * and are retried on start, when the browser comes online, and after each backoff.
 */
import { toStatements, type AnswerLabels, type DebriefRecord } from '../debrief';
import { t, tx, type Lang, type Translate } from '../i18n';
import { LrsOutbox, type LrsTarget } from '../storage';
import { answerLabel } from '../ui';
import { getProfile, lrsAllowedNow, lrsEndpoint, xapiHomePage } from '../ui';

let outbox: LrsOutbox | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function box(): LrsOutbox | null {
  if (typeof indexedDB === 'undefined') return null;
  outbox ??= new LrsOutbox();
  return outbox;
}

/** The LRS, when one is set and this page may reach it (after a change of address, once reloaded). */
function target(): LrsTarget | null {
  const { lrs } = getProfile();
  const endpoint = lrsEndpoint(lrs);
  return endpoint && lrsAllowedNow(lrs) ? { endpoint, key: lrs.key, secret: lrs.secret } : null;
}

const translator = (lang: Lang): Translate =>
  Object.assign((key: Parameters<Translate>[0], params?: Parameters<Translate>[1]) => t(key, params, lang), {
    lang,
    tx: (text: Parameters<Translate['tx']>[0]) => tx(text, lang),
  });
/** Answer names in both languages, for the statements' `choices`. */
const labels: AnswerLabels = (kind, value) => ({
  nb: answerLabel(translator('nb'), kind, value),
  en: answerLabel(translator('en'), kind, value),
});

export async function queueRun(record: DebriefRecord): Promise<void> {
  const b = box();
  const { lrs, device } = getProfile();
  if (!b || !lrsEndpoint(lrs)) return;
  await b.enqueue(toStatements(record, { homePage: xapiHomePage(lrs), device }, labels));
  await deliver();
}

/** One delivery round, then a timer for the next due statement. */
export async function deliver(): Promise<void> {
  const b = box();
  const t = target();
  clearTimeout(timer);
  if (!b || !t) return;
  await b.flush(t).catch((e: unknown) => console.warn('LRS delivery failed', e));
  const due = await b.nextDue();
  if (due !== null) timer = setTimeout(() => void deliver(), Math.max(1000, due - Date.now()));
}

/** Starts delivery of anything still queued; returns a stop function. */
export function startDelivery(): () => void {
  const online = () => void deliver();
  window.addEventListener('online', online);
  if (target()) void deliver();
  return () => {
    window.removeEventListener('online', online);
    clearTimeout(timer);
  };
}
