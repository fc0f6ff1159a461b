import { useState, useSyncExternalStore } from 'react';
import { useT } from '../../i18n';
import type { PhoneLink } from '../../live';

export interface PhoneVoteProps {
  code: string;
  /** Opens the link under a nickname (the app's: a PhoneLink to the page's own relay). */
  connect: (nick: string) => PhoneLink;
}

/**
 * A phone in the room (issue 19): a nickname, then the lines on offer as words, one tap to vote
 * (changeable until the vote closes), the result when it closes. Nothing is stored on the phone.
 */
export function PhoneVote({ code, connect }: PhoneVoteProps) {
  const t = useT();
  const [nick, setNick] = useState('');
  const [link, setLink] = useState<PhoneLink | null>(null);
  return (
    <main className="screen phone-vote" data-testid="phone-vote">
      <div className="inner">
        <h1>{t('phone.heading')}</h1>
        <p>{t('phone.code', { code })}</p>
        {link ? (
          <Voting link={link} />
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (nick.trim()) setLink(connect(nick.trim()));
            }}
          >
            <label className="field">
              <span>{t('phone.nick')}</span>
              <input
                value={nick}
                maxLength={24}
                onChange={(e) => setNick(e.target.value)}
                data-testid="phone-nick"
                autoComplete="off"
              />
            </label>
            <button type="submit" className="btn primary" data-testid="phone-join">
              {t('phone.join')}
            </button>
          </form>
        )}
        <p className="muted">{t('phone.nothingStored')}</p>
      </div>
    </main>
  );
}

function Voting({ link }: { link: PhoneLink }) {
  const t = useT();
  useSyncExternalStore(
    link.subscribe,
    () =>
      `${link.state}|${link.joined}|${link.ballot?.id}|${link.mine?.option}|${link.refused}|${link.lastTally?.ballot}`,
  );
  const refused =
    link.refused === 'full' || link.refused === 'noSession'
      ? t(`phone.refused.${link.refused}`)
      : link.refused
        ? t('phone.refused.other')
        : null;
  return (
    <section data-testid="phone-state" data-state={link.state} data-joined={link.joined ? '1' : '0'}>
      {link.state !== 'open' && <p className="warn">{t('phone.offline')}</p>}
      {refused && <p className="warn">{refused}</p>}
      {link.ballot ? (
        <>
          <h2>{t('phone.choose')}</h2>
          <ol className="phone-options">
            {link.ballot.options.map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="btn"
                  aria-pressed={link.mine?.ballot === link.ballot?.id && link.mine?.option === o.id}
                  onClick={() => link.vote(o.id)}
                  data-option={o.id}
                >
                  {o.text}
                </button>
              </li>
            ))}
          </ol>
          {link.mine?.ballot === link.ballot.id && <p data-testid="phone-voted">{t('phone.voted')}</p>}
        </>
      ) : (
        link.joined && <p>{t('phone.wait')}</p>
      )}
      {link.lastTally && !link.ballot && (
        <p data-testid="phone-result">{t('phone.result', { votes: link.lastTally.votes })}</p>
      )}
    </section>
  );
}
