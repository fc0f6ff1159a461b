import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerChoices, NOTHING } from '../../scoring';
import { loadScenarioFile } from '../../scenario/testing';
import { FreezeOverlay } from './FreezeOverlay';

afterEach(cleanup);

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');

describe('FreezeOverlay', () => {
  it('collects one answer per question, all signs for the cue question', () => {
    const cues = scenario.probes.find((p) => p.kind === 'cuesPresent')!;
    const holds = scenario.probes.find((p) => p.kind === 'patientHolds')!;
    const onSubmit = vi.fn();
    render(
      <FreezeOverlay
        questions={[
          { probe: cues, choices: answerChoices(scenario, cues, { kind: 'cuesPresent', value: [] }, 1) },
          {
            probe: holds,
            choices: answerChoices(scenario, holds, { kind: 'patientHolds', value: NOTHING }, 1),
          },
        ]}
        onSubmit={onSubmit}
      />,
    );
    const [q1, q2] = screen.getAllByTestId('freeze-question');
    fireEvent.click(q1!.querySelector('input[value="irritable"]')!);
    fireEvent.click(q1!.querySelector('input[value="boisterous"]')!);
    fireEvent.click(q2!.querySelector(`input[value="${NOTHING}"]`)!);
    fireEvent.click(screen.getByTestId('freeze-submit'));
    expect(onSubmit).toHaveBeenCalledWith([['irritable', 'boisterous'], NOTHING]);
  });
});
