import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** E.164 form of a phone number, or undefined when it is not a valid number. */
export function toE164(raw: string, defaultCountry = "SE"): string | undefined {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry as CountryCode);
  return parsed?.isValid() ? parsed.number : undefined;
}
