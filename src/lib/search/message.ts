/**
 * Text typed into search that is a whole message, not a question: someone has pasted the
 * suspicious SMS itself. Search offers to check it instead (查一查这段话), and keeps it out
 * of the address. The longest common question is well under this (content/search/
 * suggestions.yaml allows 20 characters), so a question is never mistaken for a message.
 */
export const MESSAGE_LENGTH = 30;

export function looksLikeMessage(typed: string): boolean {
  return [...typed.replace(/\s+/g, '')].length > MESSAGE_LENGTH;
}
