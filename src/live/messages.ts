/**
 * The group link's messages (issue 19): the projector (host) opens a vote on the lines on offer,
 * the phones vote, the host closes it and gets the tally. Every message is validated on receipt by
 * these schemas, on the relay and in the browser; anything else is refused. No React, no DOM.
 */
import { z } from 'zod';

/** The largest message accepted (bytes of its JSON text). */
export const MAX_MESSAGE_BYTES = 4096;
/** Phones one session takes. */
export const MAX_PHONES = 60;
/** A session's code: what the projector shows and a phone types (no 0/O or 1/I to confuse). */
export const CODE = /^[A-HJ-NP-Z2-9]{4}$/;
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const Code = z.string().regex(CODE);
const Nick = z
  .string()
  .trim()
  .min(1)
  .max(24)
  .regex(/^[^\p{Cc}<>]+$/u, 'a nickname of letters, digits and spaces');
const Ballot = z.number().int().min(1).max(1_000_000);
const OptionId = z.string().min(1).max(80);
export const VoteOption = z.strictObject({ id: OptionId, text: z.string().min(1).max(300) });
export type VoteOption = z.infer<typeof VoteOption>;

/** What a client sends. */
export const ClientMessage = z.discriminatedUnion('type', [
  /** The projector: a new session (no code), or its own again after the link dropped. */
  z.strictObject({ type: z.literal('host'), code: Code.optional() }),
  /** The host opens a vote (again after a drop: the same ballot) and may say the votes it already had. */
  z.strictObject({
    type: z.literal('open'),
    ballot: Ballot,
    options: z.array(VoteOption).min(1).max(10),
  }),
  z.strictObject({ type: z.literal('close'), ballot: Ballot }),
  /** A phone joins a session by its code; the same nickname again is the same voter. */
  z.strictObject({ type: z.literal('join'), code: Code, nick: Nick }),
  /** A phone's vote (again after a drop: its vote is kept, a repeat counts once). */
  z.strictObject({ type: z.literal('vote'), ballot: Ballot, option: OptionId }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

export const Tally = z.record(OptionId, z.number().int().min(0));
export type Tally = z.infer<typeof Tally>;

/** What the relay sends. */
export const RelayMessage = z.discriminatedUnion('type', [
  /** To the host: its code, and the addresses phones on the local network can open (none when the server listens on this machine only). */
  z.strictObject({
    type: z.literal('hosting'),
    code: Code,
    lan: z.array(z.url().max(200)).max(8),
  }),
  z.strictObject({ type: z.literal('joined'), code: Code, nick: Nick }),
  /** To phones: the vote now open (null: none). */
  z.strictObject({
    type: z.literal('ballot'),
    ballot: Ballot.nullable(),
    options: z.array(VoteOption).max(10),
  }),
  /** To the host while a vote is open: how many have voted, of how many phones. */
  z.strictObject({
    type: z.literal('count'),
    ballot: Ballot,
    votes: z.number().int().min(0),
    phones: z.number().int().min(0),
  }),
  /** To everyone when the host closes a vote. */
  z.strictObject({ type: z.literal('tally'), ballot: Ballot, tally: Tally, votes: z.number().int().min(0) }),
  /** To a phone: its vote as counted. */
  z.strictObject({ type: z.literal('voted'), ballot: Ballot, option: OptionId }),
  z.strictObject({
    type: z.literal('refused'),
    reason: z.enum([
      'malformed',
      'tooLarge',
      'noSession',
      'full',
      'notHost',
      'noBallot',
      'unknownOption',
      'notJoined',
    ]),
  }),
]);
export type RelayMessage = z.infer<typeof RelayMessage>;
export type Refusal = Extract<RelayMessage, { type: 'refused' }>['reason'];

/** Parses a received text: the message, or why it is refused. */
export function parseMessage<T>(
  schema: z.ZodType<T>,
  text: string,
): { ok: true; message: T } | { ok: false; reason: 'malformed' | 'tooLarge' } {
  if (text.length > MAX_MESSAGE_BYTES) return { ok: false, reason: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const r = schema.safeParse(data);
  return r.success ? { ok: true, message: r.data } : { ok: false, reason: 'malformed' };
}
