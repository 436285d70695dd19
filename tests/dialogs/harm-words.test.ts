// Who the harm came from, for which help numbers fit (dialogs/shared/harm-words.ts, read by
// bot/core/flag-crisis.ts): others outside home get 112, the police and BRIS; someone close (the default
// when nobody is named) keeps Kvinnofridslinjen.
import { describe, expect, it } from "vitest";
import { harmFromOutside } from "../../dialogs/shared/harm-words.js";

describe("harm from others outside home", () => {
  it.each([
    "de hotade mig med kniv i skolan",
    "dom slog mig i parken",
    "gänget tog mig och sa att jag är skyldig dom",
    "some guys jumped me on the bus",
  ])("is read in %j", (text) => {
    expect(harmFromOutside(text)).toBe(true);
  });

  // Folded, "gång" is "gäng": a third blow from him is no gang's ("tredje gången", "en gång till").
  it.each([
    "han slog mig igen tredje gången nu",
    "han slog mig en gång till ikväll",
    "min kille slog mig i parken",
    "pappa slog mig, de e tredje gången",
  ])("is not read in %j", (text) => {
    expect(harmFromOutside(text)).toBe(false);
  });
});
