export { HostLink, LiveClient, liveUrl, PhoneLink, type LinkState, type LiveClientOptions } from './client';
export {
  ClientMessage,
  CODE,
  MAX_MESSAGE_BYTES,
  MAX_PHONES,
  parseMessage,
  RelayMessage,
  type Tally,
  type VoteOption,
} from './messages';
