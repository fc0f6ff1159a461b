/** A phone in the room (issue 19): its own small chunk, the vote screen wired to the page's relay. */
import { PhoneLink } from '../live';
import { PhoneVote } from '../ui/live';

export function PhonePage({ code }: { code: string }) {
  return <PhoneVote code={code} connect={(nick) => new PhoneLink(code, nick)} />;
}
