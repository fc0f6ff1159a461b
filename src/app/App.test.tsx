import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import { loadTestScenario } from '../ui/testScenario';
import { App } from './App';
import { CODE } from '../live';
import { JOIN_CODE, readRunParams } from './params';
import { exitWithinReach } from './run/patientView';
import { parseEntries } from './scenarioEntries';
import { bundledScenarios } from './scenarios';

beforeEach(() => setLang('nb'));
afterEach(cleanup);

describe('App screens', () => {
  it('goes from the scenario list to the briefing and back, keyboard reachable', () => {
    const scenario = loadTestScenario();
    render(<App entries={[{ file: 'scenarios/a.yaml', ok: true, scenario }]} />);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(scenario.title.nb) }));
    expect(screen.getByTestId('briefing-screen')).toBeTruthy();
    expect(document.activeElement?.tagName).toBe('H1');
    fireEvent.click(screen.getByText('Tilbake'));
    expect(screen.getByTestId('start-screen')).toBeTruthy();
  });

  it('opens the help overlay with F1 and closes it with Escape', () => {
    render(<App entries={[]} />);
    fireEvent.keyDown(window, { key: 'F1', code: 'F1' });
    const help = screen.getByTestId('help-overlay');
    expect(help.textContent).toContain('Overfallsalarm');
    fireEvent.keyDown(help, { key: 'Escape', code: 'Escape' });
    expect(screen.queryByTestId('help-overlay')).toBeNull();
  });

  it('settings switch the language for the whole UI', () => {
    render(<App entries={[]} />);
    fireEvent.click(screen.getByText('Innstillinger'));
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Choose a scenario');
  });

  it('has an empty live region before a run', () => {
    render(<App entries={[]} />);
    const s = screen.getByTestId('sim-status');
    expect(s.dataset.phase).toBe('');
    expect(s.dataset.outcome).toBe('');
  });
});

describe('scenario bundling', () => {
  it('bundles the scenarios/ folder and parses every file', () => {
    const entries = bundledScenarios();
    expect(entries.some((e) => e.ok && e.scenario.id === 'ed-waiting-room')).toBe(true);
  });

  it('the build-time module holds exactly what loading the files at run time gives', () => {
    const raw = import.meta.glob('/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });
    expect(bundledScenarios()).toStrictEqual(JSON.parse(JSON.stringify(parseEntries(raw))));
    // and that JSON round trip loses nothing the loader produced
    expect(bundledScenarios()).toEqual(parseEntries(raw));
  });

  it('turns a broken file into problems with positions instead of throwing', () => {
    const [e] = parseEntries({ '/scenarios/broken.yaml': 'version: 1\nid: [\n' });
    expect(e?.ok).toBe(false);
    if (e && !e.ok) {
      expect(e.file).toBe('scenarios/broken.yaml');
      expect(e.problems.length).toBeGreaterThan(0);
      expect(e.problems[0]?.line).toBeGreaterThan(0);
    }
  });
});

describe('run helpers', () => {
  it("reads a phone's join code as the live link does, and nothing else", () => {
    expect(JOIN_CODE.source).toBe(CODE.source);
    expect(readRunParams('?join=K7Q2').join).toBe('K7Q2');
    expect(readRunParams('?join=k7q2').join).toBeUndefined();
    expect(readRunParams('?join=O0I1').join).toBeUndefined();
  });

  it('reads the test hooks from the query string', () => {
    expect(readRunParams('?seed=7&fixedTime=1&speed=4')).toEqual({
      seed: 7,
      fixedTime: true,
      speed: 4,
      debug: false,
      scenario: null,
      enter: false,
    });
    expect(readRunParams('?scenario=ed-waiting-room&enter=1')).toMatchObject({
      scenario: 'ed-waiting-room',
      enter: true,
    });
    expect(readRunParams('?scenario=<script>').scenario).toBeNull();
    expect(readRunParams('?seed=abc&speed=99')).toEqual({
      seed: null,
      fixedTime: false,
      speed: 1,
      debug: false,
      scenario: null,
      enter: false,
    });
  });

  it('finds the exit within reach', () => {
    const exits = [
      { id: 'a', position: [3, 3] as [number, number] },
      { id: 'b', position: [-4, 0] as [number, number] },
    ];
    expect(exitWithinReach(exits, [2.8, 2.7])).toBe('a');
    expect(exitWithinReach(exits, [0, 0])).toBeNull();
  });
});
