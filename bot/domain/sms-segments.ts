// How many SMS segments a text needs: GSM-7 fits 160 characters in one segment and 153 per segment
// when split; anything outside GSM-7 (emoji, most non-Latin scripts) forces UCS-2: 70, then 67.
const basic =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const extension = "^{}\\[~]|€\f";
const basicSet = new Set(basic);
const extensionSet = new Set(extension);

export interface SmsSize {
  encoding: "GSM-7" | "UCS-2";
  /** Length in the encoding's units (GSM-7 extension characters count twice; UCS-2 counts UTF-16 units). */
  units: number;
  segments: number;
}

export function smsSize(text: string): SmsSize {
  let gsm = true;
  let units = 0;
  for (const ch of text) {
    if (basicSet.has(ch)) units += 1;
    else if (extensionSet.has(ch)) units += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: "GSM-7", units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  const utf16 = text.length;
  return { encoding: "UCS-2", units: utf16, segments: utf16 <= 70 ? 1 : Math.ceil(utf16 / 67) };
}

/** Choices become numbered lines over SMS; the reply is recognised by number or by words. */
export function renderSmsBody(body: string, choices: string[] | undefined): string {
  if (!choices?.length) return body;
  return `${body}\n${choices.map((c, i) => `${i + 1}. ${c}`).join("\n")}`;
}

/** Two SMS segments with the message's choices shown: as long as any message Tillit sends may be. */
export function fitsTwoSegments(text: string, choices: string[] | undefined): boolean {
  return smsSize(renderSmsBody(text, choices)).segments <= 2;
}
