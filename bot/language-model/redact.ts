// Nothing that identifies a person leaves the service: Swedish personal identity numbers, phone
// numbers and e-mail addresses are replaced before any text is sent to a language model.
const personnummer = /\b(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|[6-8]\d|9[01])[-+ ]?\d{4}\b/g;
const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const phone = /(?:\+|00)\d[\d\s-]{6,16}\d|\b0\d{1,3}[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2,3}\b/g;

export function redactPersonalData(text: string): string {
  return text.replace(email, "[e-post]").replace(personnummer, "[personnummer]").replace(phone, "[telefon]");
}
