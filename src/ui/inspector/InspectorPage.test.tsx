import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n';
import { InspectorPage } from './InspectorPage';

const path = '/scenarios/ed-waiting-room.yaml';
const good = readFileSync(`.${path}`, 'utf8');
const lines = good.split('\n');
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

/** The good file with a misspelt cycle phase and an unknown key: two problems at known lines. */
function broken(): { text: string; cycleLine: number; keyLine: number } {
  const cycleLine = lineOf('cycle: escalation');
  const keyLine = lineOf('calmingEffect: 0.6');
  const out = [...lines];
  out[cycleLine - 1] = out[cycleLine - 1]!.replace('escalation', 'escalaton');
  out[keyLine - 1] = out[keyLine - 1]!.replace('calmingEffect', 'calmingEfect');
  return { text: out.join('\n'), cycleLine, keyLine };
}

beforeEach(() => setLang('en'));
afterEach(cleanup);

describe('InspectorPage', () => {
  it('draws the linked scenario, and a broken file shows its problems at their lines and changes nothing else', async () => {
    render(<InspectorPage onBack={() => {}} sources={{ [path]: good }} initialId="ed-waiting-room" />);
    const diagram = await screen.findByTestId('diagram', {}, { timeout: 15_000 });
    expect(diagram.getAttribute('data-scenario')).toBe('ed-waiting-room');
    const nodes = screen.getAllByTestId('diagram-node').length;
    expect(nodes).toBeGreaterThan(6);

    const { text, cycleLine, keyLine } = broken();
    const file = new File([text], 'my-ward.yaml', { type: 'text/yaml' });
    fireEvent.change(screen.getByTestId('inspector-file'), { target: { files: [file] } });
    const rejected = await screen.findByTestId('inspector-rejected');
    expect(rejected.getAttribute('data-file')).toBe('my-ward.yaml');
    const marked = screen.getAllByTestId('problem-line').map((el) => Number(el.getAttribute('data-line')));
    expect(marked).toEqual([cycleLine, keyLine].sort((a, b) => a - b));
    const messages = screen.getAllByTestId('problem-message');
    const at = (n: number) =>
      messages.filter((m) => m.getAttribute('data-line') === String(n)).map((m) => m.textContent);
    expect(at(cycleLine).join()).toMatch(/cycle/);
    expect(at(keyLine).join()).toMatch(/unknown key "calmingEfect"/);
    // The source line text is shown as text, numbered.
    expect(screen.getAllByTestId('problem-line')[0]!.textContent).toContain(
      String(Math.min(cycleLine, keyLine)),
    );
    expect(
      [...screen.getByTestId('problem-list').querySelectorAll('li')].map((li) =>
        Number(li.getAttribute('data-line')),
      ),
    ).toEqual([cycleLine, keyLine].sort((a, b) => a - b));

    // Nothing else changed: the same scenario and diagram are shown.
    expect(screen.getByTestId('inspector-current').getAttribute('data-scenario')).toBe('ed-waiting-room');
    expect(screen.getByTestId('diagram').getAttribute('data-scenario')).toBe('ed-waiting-room');
    expect(screen.getAllByTestId('diagram-node')).toHaveLength(nodes);
  }, 30_000);

  it('renders file content as text, never as HTML, and refuses files over 1 MB', async () => {
    render(<InspectorPage onBack={() => {}} sources={{ [path]: good }} />);
    const evil = 'version: 1\nid: <img src=x onerror=alert(1)>\n';
    fireEvent.change(screen.getByTestId('inspector-file'), {
      target: { files: [new File([evil], 'evil.yaml')] },
    });
    const rejected = await screen.findByTestId('inspector-rejected');
    expect(rejected.querySelector('img')).toBeNull();
    expect(rejected.textContent).toContain('<img src=x onerror=alert(1)>');

    fireEvent.change(screen.getByTestId('inspector-file'), {
      target: { files: [new File(['a'.repeat(1_000_001)], 'big.yaml')] },
    });
    await waitFor(() =>
      expect(screen.getByTestId('inspector-rejected').getAttribute('data-file')).toBe('big.yaml'),
    );
    expect(screen.getByTestId('problem-list').textContent).toMatch(/at most 1 MB/);
  });

  it('runs a what-if and highlights its path in the diagram', async () => {
    render(<InspectorPage onBack={() => {}} sources={{ [path]: good }} initialId="ed-waiting-room" />);
    await screen.findByTestId('diagram', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByTestId('run-B-go'));
    const result = screen.getByTestId('run-B-result');
    expect(result.getAttribute('data-outcome')).toBe('assault');
    expect(screen.getAllByTestId('arousal-chart')).toHaveLength(1);
    await waitFor(() =>
      expect(
        screen
          .getAllByTestId('diagram-node')
          .find((n) => n.getAttribute('data-id') === 'assault')
          ?.getAttribute('data-visits'),
      ).toBe('1'),
    );
    expect(document.querySelectorAll('[data-testid="diagram-edge"][data-lit="1"]').length).toBeGreaterThan(1);
  }, 30_000);
});
