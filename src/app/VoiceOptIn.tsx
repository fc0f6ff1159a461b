import { setVoiceEnabled, useVoice } from '../input/voice';
import { VoiceToggle } from '../ui';

/** The briefing's microphone opt-in: the toggle (ui) wired to the microphone (input/voice). */
export function VoiceOptIn() {
  const voice = useVoice();
  return <VoiceToggle voice={voice} onEnable={(on) => void setVoiceEnabled(on)} />;
}
