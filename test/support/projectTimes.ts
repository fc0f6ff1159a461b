/**
 * A vitest reporter that prints, at the end of a run, how long each project (core, dom, e2e) took:
 * wall time from its first test file's start to its last file's end, its files and tests, and the
 * failures. Projects run side by side, so their wall times overlap; `npm test` prints them after
 * vitest's own summary (issue 17: the whole suite stays under 10 minutes on a 2-core machine).
 */
import type { Reporter, TestModule } from 'vitest/node';

interface Span {
  start: number;
  end: number;
  files: number;
  tests: number;
  failed: number;
}

export default class ProjectTimes implements Reporter {
  private readonly spans = new Map<string, Span>();
  private runStart = Date.now();

  onTestRunStart(): void {
    this.runStart = Date.now();
    this.spans.clear();
  }

  onTestModuleStart(m: TestModule): void {
    const name = m.project.name || 'default';
    const now = Date.now();
    const s = this.spans.get(name) ?? { start: now, end: now, files: 0, tests: 0, failed: 0 };
    s.start = Math.min(s.start, now);
    this.spans.set(name, s);
  }

  onTestModuleEnd(m: TestModule): void {
    const s = this.spans.get(m.project.name || 'default');
    if (!s) return;
    s.end = Math.max(s.end, Date.now());
    s.files++;
    for (const t of m.children.allTests()) {
      s.tests++;
      if (t.result().state === 'failed') s.failed++;
    }
  }

  onTestRunEnd(): void {
    if (this.spans.size === 0) return;
    const fmt = (ms: number) => `${Math.floor(ms / 60_000)} min ${((ms % 60_000) / 1000).toFixed(0)} s`;
    const lines = ['', 'Time per project (wall clock, first file start to last file end):'];
    for (const [name, s] of [...this.spans].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(
        `  ${name.padEnd(5)} ${fmt(s.end - s.start).padStart(12)}  ${s.files} files, ${s.tests} tests${s.failed ? `, ${s.failed} failed` : ''}`,
      );
    lines.push(`  all   ${fmt(Date.now() - this.runStart).padStart(12)}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
