/**
 * Vite plugin: the page may send to its own origin and to the LRS set in the settings, nowhere else.
 * index.html's policy has to allow any https: host (the LRS is set per device, after the build), so
 * a small inline script, the first thing in the head after that policy, reads the LRS address from
 * the settings and adds a second policy, `connect-src 'self' blob: <the LRS's origin>`. Browsers
 * enforce both: what may be reached is what both allow. The script is allowed by its hash, and it
 * leaves the origin it allowed in `<meta name="rolig-connect">`, so the settings can say when a new
 * address needs a reload (a page can narrow its policy, never widen it).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { LRS_KEY } from '../src/ui/profileKeys.ts';

/** The inline script (a string: it runs before any module). */
export function connectPolicyScript(key = LRS_KEY): string {
  return (
    `(()=>{let o='';try{const e=JSON.parse(localStorage.getItem(${JSON.stringify(key)})||'{}').endpoint;` +
    `if(typeof e==='string'&&e.trim()){const u=new URL(e.trim().endsWith('/')?e.trim():e.trim()+'/');` +
    `if(u.protocol==='https:'||u.protocol==='http:')o=u.origin}}catch(x){}` +
    `const m=(a,b,c)=>{const t=document.createElement('meta');t.setAttribute(a,b);t.content=c;document.head.appendChild(t)};` +
    `m('http-equiv','Content-Security-Policy',"connect-src 'self' blob:"+(o?' '+o:''));m('name','rolig-connect',o)})()`
  );
}

/** index.html with the script right after its policy, which allows it by hash. */
export function withConnectPolicy(html: string, script: string): string {
  const hash = createHash('sha256').update(script).digest('base64');
  const csp = "script-src 'self'";
  if (!html.includes(csp)) throw new Error(`index.html: the Content-Security-Policy has no "${csp}"`);
  const policyEnd = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/.exec(html);
  if (!policyEnd) throw new Error('index.html: no Content-Security-Policy meta element');
  const at = policyEnd.index + policyEnd[0].length;
  return (html.slice(0, at) + `\n    <script>${script}</script>` + html.slice(at)).replace(
    csp,
    `${csp} 'sha256-${hash}'`,
  );
}

export function connectPolicy(): Plugin {
  return {
    name: 'rolig-connect-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withConnectPolicy(html, connectPolicyScript()) },
  };
}
