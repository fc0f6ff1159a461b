import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDebrief, uuidFrom } from '../../debrief';
import { setLang } from '../../i18n';
import { runScripted } from '../../sim';
import { runWithFreezes } from '../../session';
import { loadScenarioFile } from '../../scenario/testing';
import { exportRuns, RoligDb, RunStore } from '../../storage';
import { ReplayView } from '../debrief/ReplayView';
import { frameAt, framesFromInputs, framesFromRecord } from '../debrief/replayFrames';
import { getProfile } from '../profile';
import { SettingsDialog } from '../SettingsDialog';
import { HistoryScreen } from './HistoryScreen';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const { sim } = runScripted(scenario, 'textbook', 1, { hz: 30 });
const inputs = sim.log.filter((e) => ['signals', 'tick', 'act'].includes(e.kind));
const recordFor = (id: string, startedAt: string) =>
  buildDebrief({
    id,
    scenario,
    seed: 1,
    pseudonym: 'Kari',
    startedAt,
    log: sim.log,
    probes: [],
  });

// A scored run: the passive trainee with its SAGAT freezes answered as the truth says (the
// textbook run above ends before its first freeze, so it has too little evidence for a score).
const answered = runWithFreezes(scenario, 'passive', 1, (_p, truth) => truth.value);
const scoredFor = (id: string, startedAt: string) =>
  buildDebrief({
    id,
    scenario,
    seed: 1,
    pseudonym: 'Kari',
    startedAt,
    log: answered.sim.log,
    probes: answered.probes,
  });

let store: RunStore;
let n = 0;
async function addRun(id: string, startedAt: string, record = recordFor(id, startedAt)) {
  await store.start({
    id,
    scenarioId: scenario.id,
    scenarioVersion: 1,
    seed: 1,
    pseudonym: 'Kari',
    startedAt,
  });
  await store.saveInputs(id, 0, inputs, { simTime: sim.time, freezesDone: 0, probes: [] });
  await store.finish(id, record);
}

beforeEach(() => {
  store = new RunStore(new RoligDb(`rolig-history-${n++}`));
  setLang('en');
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
  setLang('nb');
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('HistoryScreen', () => {
  it('lists past runs with scenario, date, outcome and SA; opens one; deletes only after confirming', async () => {
    const a = uuidFrom('h-a');
    const b = uuidFrom('h-b');
    await addRun(a, '2025-03-04T10:00:00.000Z', scoredFor(a, '2025-03-04T10:00:00.000Z'));
    await addRun(b, '2025-03-05T10:00:00.000Z');
    const onOpen = vi.fn();
    render(<HistoryScreen store={store} canOpen={() => true} onOpen={onOpen} onBack={() => {}} />);
    const rows = await screen.findAllByTestId('history-row');
    expect(rows.map((r) => r.dataset.run)).toEqual([b, a]);
    const rec = (await store.get(a))!.record!;
    expect(rows[1]!.textContent).toContain(scenario.title.en);
    expect(rows[1]!.textContent).toContain(rec.outcome!.title.en);
    expect(rows[1]!.textContent).toMatch(/2025/);
    expect(rows[1]!.querySelector('[data-testid="history-sa"]')!.textContent).toBe(
      String(Math.round(rec.sa.total!)),
    );
    // The unscored run says so rather than showing a number.
    expect((await store.get(b))!.record!.sa.total).toBeNull();
    const unscored = rows[0]!.querySelector<HTMLElement>('[data-testid="history-sa"]')!;
    expect(unscored.textContent).toBe('Not enough to score');
    fireEvent.click(rows[1]!.querySelector('[data-testid="history-open"]')!);
    expect(onOpen.mock.calls[0]![0].id).toBe(a);

    fireEvent.click(rows[1]!.querySelector('[data-testid="history-delete"]')!);
    const dialog = screen.getByTestId('confirm-delete');
    // Focus starts on Cancel (the safe choice); cancelling keeps the run.
    expect(document.activeElement).toBe(screen.getByTestId('cancel-delete'));
    fireEvent.click(screen.getByTestId('cancel-delete'));
    expect(screen.queryByTestId('confirm-delete')).toBeNull();
    expect(await store.get(a)).toBeDefined();
    expect(dialog.textContent).toMatch(/cannot be undone/);

    fireEvent.click(rows[1]!.querySelector('[data-testid="history-delete"]')!);
    fireEvent.click(screen.getByTestId('confirm-delete-yes'));
    await waitFor(() => expect(screen.getAllByTestId('history-row')).toHaveLength(1));
    expect(await store.get(a)).toBeUndefined();
    expect(await store.inputs(a)).toEqual([]);
  });

  it('imports one file with many runs, and shows a bad file’s errors as text while changing nothing', async () => {
    const a = uuidFrom('h-c');
    const b = uuidFrom('h-d');
    await addRun(a, '2025-03-04T10:00:00.000Z');
    await addRun(b, '2025-03-05T10:00:00.000Z');
    const good = await exportRuns(store, [a, b]);
    await store.remove(a);
    await store.remove(b);
    render(<HistoryScreen store={store} canOpen={() => true} onOpen={() => {}} onBack={() => {}} />);
    await screen.findByTestId('history-empty');
    const input = screen.getByTestId<HTMLInputElement>('import-file');

    const bad = JSON.parse(good);
    bad.runs[1].record.sa.total = 250;
    bad.runs[0].record.pseudonym = '<img src=x onerror=alert(1)>';
    await act(async () => {
      fireEvent.change(input, { target: { files: [file('broken.json', JSON.stringify(bad))] } });
    });
    const err = await screen.findByTestId('import-error');
    expect(err.textContent).toContain('broken.json');
    expect(err.textContent).toMatch(/Run 2 in the file is damaged or edited: “record\.sa\.total”/);
    expect(err.textContent).toMatch(/Nothing from this file was stored/);
    expect(err.querySelector('img')).toBeNull();
    expect(await store.db.runs.count()).toBe(0);

    await act(async () => {
      fireEvent.change(input, { target: { files: [file('two.json', good)] } });
    });
    await waitFor(() => expect(screen.getAllByTestId('history-row')).toHaveLength(2));
    expect(screen.getByRole('status').textContent).toBe('“two.json”: 2 new.');
    // The same file again: nothing is overwritten, the summary says what was kept.
    await act(async () => {
      fireEvent.change(input, { target: { files: [file('two.json', good)] } });
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('“two.json”: 2 already here: kept yours.'),
    );
    expect(screen.getAllByTestId('history-row')).toHaveLength(2);
    // Lossless: the re-exported runs (records and input logs) equal what was exported.
    expect(JSON.parse(await exportRuns(store, [a, b])).runs).toEqual(JSON.parse(good).runs);
  });

  it('exports all as a JSON download through a blob URL', async () => {
    await addRun(uuidFrom('h-e'), '2025-03-04T10:00:00.000Z');
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<HistoryScreen store={store} canOpen={() => true} onOpen={() => {}} onBack={() => {}} />);
    await screen.findAllByTestId('history-row');
    await act(async () => {
      fireEvent.click(screen.getByTestId('export-all'));
    });
    await waitFor(() => expect(click).toHaveBeenCalled());
    const data = JSON.parse(await blobs[0]!.text());
    expect(data.format).toBe('rolig-export');
    expect(data.runs).toHaveLength(1);
    create.mockRestore();
    click.mockRestore();
  });
});

describe('settings: pseudonym and LRS', () => {
  it('stores the pseudonym locally (the run recorder reads the same key) and flags a bad LRS address', () => {
    render(<SettingsDialog onClose={() => {}} />);
    fireEvent.change(screen.getByTestId('pseudonym'), { target: { value: 'Ugle' } });
    expect(localStorage.getItem('rolig.pseudonym')).toBe('Ugle');
    expect(getProfile().pseudonym).toBe('Ugle');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(screen.getByTestId('lrs-endpoint'), { target: { value: 'ftp://x' } });
    expect(screen.getByRole('alert').textContent).toMatch(/https/);
    fireEvent.change(screen.getByTestId('lrs-endpoint'), { target: { value: '' } });
    expect(getProfile().lrs.endpoint).toBe('');
  });
});

describe('ReplayView', () => {
  const record = recordFor(uuidFrom('r'), '2025-03-04T10:00:00.000Z');
  it('re-simulates from the input log: positions match the record’s samples', () => {
    const frames = framesFromInputs(scenario, 1, inputs);
    for (const [t, tx, tz, px, pz] of record.positions.filter((_, i) => i % 10 === 0)) {
      const f = frames[frameAt(frames, t)]!;
      expect(Math.abs(f.t - t)).toBeLessThan(0.11);
      // Positions move at most ~1.5 m/s: a 0.1 s offset is a few centimetres.
      expect(Math.hypot(f.trainee[0] - tx, f.trainee[1] - tz)).toBeLessThan(0.25);
      expect(Math.hypot(f.patient[0] - px, f.patient[1] - pz)).toBeLessThan(0.25);
    }
    expect(framesFromRecord(record)).toHaveLength(record.positions.length);
  });

  it('draws the room and moves both markers with the scrubber, showing phase and arousal', async () => {
    render(<ReplayView record={record} scenario={scenario} loadInputs={async () => inputs} />);
    await waitFor(() => expect(screen.getByTestId('replay').dataset.source).toBe('inputs'));
    expect(screen.getAllByTestId('replay-exit')).toHaveLength(scenario.setting.exits.length);
    expect(screen.getAllByTestId('replay-furniture')).toHaveLength(scenario.setting.furniture.length);
    const scrub = screen.getByTestId<HTMLInputElement>('replay-scrubber');
    const at0 = screen.getByTestId('replay-trainee').getAttribute('cx');
    const last = record.phases.at(-1)!;
    fireEvent.change(scrub, { target: { value: String(Math.max(last.from + 0.5, record.durationS - 1)) } });
    expect(screen.getByTestId('replay-trainee').getAttribute('cx')).not.toBe(at0);
    expect(screen.getByTestId('replay-phase').textContent).toBe(last.label.en);
    expect(screen.getByTestId('replay-arousal').textContent).toMatch(/\d+ %/);
    expect(scrub.getAttribute('aria-valuetext')).toContain(last.label.en);
  });
});
