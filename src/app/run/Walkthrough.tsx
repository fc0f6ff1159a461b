/**
 * The group walkthrough (issue 19): one scenario played by a group on a projector. The run stops at
 * decision points; the facilitator picks what the group chose (or lets it go on); from any earlier
 * decision point "what if we had…" forks a new branch, a replay of the inputs to that point, and
 * every branch's curve, phases and ending are shown side by side. Nothing is stored; the group
 * debrief can be printed.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { randomUuid, type DebriefRecord } from '../../debrief';
import { useT } from '../../i18n';
import {
  forkAt,
  summarizeBranch,
  type DecisionPoint,
  type DecisionWatch,
  type ResumeState,
  type RunSession,
} from '../../session';
import { DebriefView } from '../../ui/debrief';
import { HostLink } from '../../live';
import { VotePanel } from '../../ui/live';
import { BranchChart, PresenterHud, type BranchView } from '../../ui/presenter';
import { RunScreen, type RunScreenProps } from './RunScreen';

interface Branch {
  id: string;
  name: string;
  forkedAt: number | null;
  inherited: DecisionPoint[];
  resume?: ResumeState;
  session?: RunSession;
  watch?: DecisionWatch;
  record?: DebriefRecord;
}

export type WalkthroughProps = Omit<RunScreenProps, 'presenter' | 'resume' | 'onEnd'>;

const NAMES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function Walkthrough(props: WalkthroughProps) {
  const t = useT();
  const { scenario } = props;
  const branches = useRef<Branch[]>([{ id: 'A', name: 'A', forkedAt: null, inherited: [] }]);
  const [current, setCurrent] = useState('A');
  const [debrief, setDebrief] = useState<DebriefRecord | null>(null);
  // The branches' curves are redrawn twice a second while a run plays.
  const [, redraw] = useReducer((x: number) => x + 1, 0);
  useEffect(() => {
    const id = setInterval(redraw, 500);
    return () => clearInterval(id);
  }, []);
  const branch = branches.current.find((b) => b.id === current)!;
  // The room votes from their phones through the relay beside the app; without one the link stays
  // down and the walkthrough goes on without votes.
  const [link] = useState(() => new HostLink());
  useEffect(() => () => link.close(), [link]);
  // Phones open the address the projector's page came from, or, when that is this machine only
  // (localhost), the laptop's address on the local network that the relay reports.
  const joinUrl = (code: string) => {
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);
    const origin = local && link.lan[0] ? link.lan[0].replace(/\/$/, '') : location.origin;
    return `${origin}${location.pathname}?join=${code}`;
  };

  const views: BranchView[] = branches.current
    .filter((b) => b.session)
    .map((b) => ({
      id: b.id,
      name: b.name,
      forkedAt: b.forkedAt,
      current: b.id === current,
      summary: summarizeBranch(b.session!.sim),
    }));

  const fork = useCallback(
    (p: DecisionPoint) => {
      const from = branches.current.find((b) => b.id === current);
      if (!from?.session || !from.watch) return;
      const sim = forkAt(scenario, from.session.sim.seed, from.session.sim.persona, p);
      const name = NAMES[branches.current.length % NAMES.length]!;
      const id = `${name}${branches.current.length}`;
      branches.current = [
        ...branches.current,
        {
          id,
          name,
          forkedAt: p.n,
          inherited: [...from.watch.points.filter((q) => q.n < p.n), { ...p, chosen: undefined }],
          resume: {
            runId: randomUuid(),
            startedAt: new Date().toISOString(),
            sim,
            probes: [],
            freezesDone: 0,
          },
        },
      ];
      setDebrief(null);
      setCurrent(id);
    },
    [current, scenario],
  );

  if (debrief) {
    return (
      <div className="group-debrief" data-testid="group-debrief-view">
        <section className="card">
          <h2>{t('group.compare')}</h2>
          <BranchChart branches={views} scenario={scenario} />
        </section>
        <DebriefView
          record={debrief}
          scenario={scenario}
          onChange={setDebrief}
          onBack={() => setDebrief(null)}
        />
      </div>
    );
  }

  return (
    <RunScreen
      key={branch.id}
      {...props}
      {...(branch.resume ? { resume: branch.resume } : {})}
      onEnd={(_ending, _time, record) => {
        if (record) branch.record = record;
        redraw();
      }}
      presenter={{
        inherited: branch.inherited,
        onReady: (session, watch) => {
          branch.session = session;
          branch.watch = watch;
          redraw();
        },
        render: (bits) => (
          <PresenterHud
            scenario={scenario}
            captions={bits.captions}
            options={bits.options}
            due={bits.due}
            points={bits.points}
            branches={views}
            branchName={branch.name}
            ended={branch.session?.sim.done ?? false}
            delivery={bits.delivery}
            onDelivery={bits.setDelivery}
            onChoose={bits.choose}
            onGoOn={bits.goOn}
            onStop={bits.stop}
            onFork={fork}
            onDebrief={() => branch.record && setDebrief(branch.record)}
            onQuit={props.onQuit}
            onInstruct={bits.instruct}
            phaseId={bits.phaseId}
            vote={
              <VotePanel
                link={link}
                joinUrl={joinUrl}
                options={bits.options.map((o) => ({ id: o.id, text: t.tx(o.text) }))}
                canOpen={bits.due !== null}
                onPick={bits.choose}
              />
            }
          />
        ),
      }}
    />
  );
}
