/**
 * The JSON text of the frame the engine has just recorded as sent, for the transport that writes
 * it next: the record measures each frame's size from its text, and the transport would serialize
 * the same object a second time (a JSON.stringify per request in bench figure 9's profiles). One
 * slot, keyed by the object and taken once: the transport writes synchronously right after the
 * record, and anything else (another object, a second write of the same one) is serialized afresh.
 */
let lastMessage: unknown;
let lastText = "";

/** The frame's wire text, remembered for the write that follows. */
export function serializeForRecord(message: unknown): string {
  const text = JSON.stringify(message);
  lastMessage = message;
  lastText = text;
  return text;
}

/** The text to write for a frame: the one just recorded for this very object, else a fresh serialization. */
export function wireText(message: unknown): string {
  if (message !== lastMessage) return JSON.stringify(message);
  lastMessage = undefined;
  return lastText;
}
