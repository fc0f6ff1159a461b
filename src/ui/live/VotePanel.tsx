import { useEffect, useState, useSyncExternalStore } from 'react';
import { toString as qrSvg } from 'qrcode';
import { useT } from '../../i18n';
import type { HostLink } from '../../live';

export interface VotePanelProps {
  link: HostLink;
  /** The address a phone opens for this session (the page's own, with ?join=CODE). */
  joinUrl: (code: string) => string;
  /** The lines on offer now, as words: what a vote is about. */
  options: readonly { id: string; text: string }[];
  /** A decision point is due: a vote can be opened on it. */
  canOpen: boolean;
  /** The facilitator says what the majority chose. */
  onPick: (optionId: string) => void;
}

/** The projector's side of the room's vote: how to join (QR code and code), the count, the tally. */
export function VotePanel({ link, joinUrl, options, canOpen, onPick }: VotePanelProps) {
  const t = useT();
  useSyncExternalStore(
    link.subscribe,
    () =>
      `${link.state}|${link.code}|${link.open?.ballot}|${link.count?.votes}|${link.count?.phones}|${link.lastTally?.ballot}`,
  );
  const [qr, setQr] = useState('');
  const url = link.code ? joinUrl(link.code) : '';
  useEffect(() => {
    if (url) void qrSvg(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setQr);
  }, [url]);
  if (link.state !== 'open' || !link.code)
    return (
      <section className="vote-panel" data-testid="vote-panel" data-state="offline">
        <p className="muted">{t('vote.offline')}</p>
      </section>
    );
  const tally = link.lastTally;
  const winner = tally ? Object.entries(tally.tally).sort((a, b) => b[1] - a[1])[0] : undefined;
  return (
    <section className="vote-panel" data-testid="vote-panel" data-state="open" data-code={link.code}>
      <h2>{t('vote.heading')}</h2>
      <div className="join">
        {qr && <div className="qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: qr }} />}
        <p data-testid="join-url">{t('vote.join', { url, code: link.code })}</p>
      </div>
      {link.open ? (
        <>
          <p data-testid="vote-count">
            {t('vote.count', { votes: link.count?.votes ?? 0, phones: link.count?.phones ?? 0 })}
          </p>
          <button
            type="button"
            className="btn primary"
            onClick={() => link.closeVote()}
            data-testid="vote-close"
          >
            {t('vote.close')}
          </button>
        </>
      ) : (
        canOpen && (
          <button
            type="button"
            className="btn"
            onClick={() => link.openVote(options.map((o) => ({ id: o.id, text: o.text })))}
            data-testid="vote-open"
          >
            {t('vote.open')}
          </button>
        )
      )}
      {tally && (
        <div className="tally" data-testid="vote-tally">
          <p>{t('vote.tally', { votes: tally.votes })}</p>
          <ul>
            {options
              .filter((o) => o.id in tally.tally)
              .map((o) => (
                <li key={o.id} data-option={o.id} data-votes={tally.tally[o.id]}>
                  <span
                    className="bar"
                    style={{ width: `${tally.votes ? (100 * tally.tally[o.id]!) / tally.votes : 0}%` }}
                  />
                  <strong>{tally.tally[o.id]}</strong> {o.text}
                </li>
              ))}
          </ul>
          {winner && winner[1] > 0 && canOpen && (
            <button
              type="button"
              className="btn primary"
              onClick={() => onPick(winner[0])}
              data-testid="vote-pick"
            >
              {t('vote.pick')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
