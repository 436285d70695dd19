// Types for flag-words.js (a browser module, plain JS), so the server's tests can hold the page's wording to one form.
export interface FlagRaisers { crisis?: string; concern?: string }
export function markedBy(name?: string | null): string;
export function concernText(reasons: string | string[] | null, raisedBy?: string | null): string;
export function crisisKinds(reasons: string[], raisedBy?: string | null): string;
export function crisisText(c: { handoffReason: string | null; crisisCategories?: string[]; concernReason: string | null; raisedBy?: FlagRaisers | null }): string;
export function recentText(recent: { level: "crisis" | "concern"; kinds: string[] }, raisedBy?: FlagRaisers | null): string;
