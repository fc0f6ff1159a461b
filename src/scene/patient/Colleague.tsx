/** The colleague's scene-graph part: its gaze proxy (the body is in the room's shell, the shadow in BlobShadows). */
import type { ColleagueFigure } from './colleagueModel';

export function Colleague({ figure }: { figure: Pick<ColleagueFigure, 'root'> }) {
  return <primitive object={figure.root} />;
}
