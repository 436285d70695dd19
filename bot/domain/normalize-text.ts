// Every recogniser (STOPP and the other keywords, the safety screen, the dialogs' answers) reads a
// message through this first, so that "ＳＴＯＰＰ" (fullwidth) or "S\u200BT\u200BO\u200BP" (zero-width
// characters in between) mean what they look like. Compatibility forms are folded (NFKC) and format
// and control characters removed; line breaks and tabs become spaces.
export function readableText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, " ")
    .replace(/[\p{Cf}\p{Cc}]/gu, "");
}
