/**
 * The device's own Chinese voice (speech synthesis: no network), shared by everything that
 * reads aloud: the articles' 朗读 and the call simulation's caller lines.
 */
export function speechSynthesisOrUndefined(): SpeechSynthesis | undefined {
  return 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : undefined;
}

export function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  const voices = synth.getVoices();
  return voices.find((voice) => /^zh[-_]CN/i.test(voice.lang)) ?? voices.find((voice) => /^(zh|cmn)/i.test(voice.lang));
}

/** An utterance of `text` in the Chinese voice, or in whatever voice the language picks. */
export function chineseUtterance(synth: SpeechSynthesis, text: string): SpeechSynthesisUtterance {
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = chineseVoice(synth);
  try {
    if (voice) utterance.voice = voice;
  } catch {
    // Some webviews hand out voice objects they then refuse; the language still picks one.
  }
  utterance.lang = voice?.lang ?? 'zh-CN';
  return utterance;
}
