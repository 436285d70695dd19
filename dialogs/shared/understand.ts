// One entry point for reading a participant's message in a given place of the conversation. The
// labels are those of the recognition corpus (tests/fixtures/conversation/recognition.jsonl), so
// the corpus test measures exactly what the dialogs act on.
import { asksForLanguage, understandFree } from "./understand-free.js";
import { understandGoodOkBad, understandMeeting, understandYesNo } from "./understand-answers.js";
import { understandScale } from "./understand-scale.js";
import { understandName } from "./understand-name.js";

export const RECOGNITION_CONTEXTS = ["free", "yes-no", "scale", "name", "meeting", "good-ok-bad"] as const;
export type RecognitionContext = (typeof RECOGNITION_CONTEXTS)[number];

export function understand(context: RecognitionContext, text: string): string {
  switch (context) {
    case "free": {
      // The dialogs hear a wish for the other language before anything else (main.dialog.ts, switchesLanguage).
      const language = asksForLanguage(text);
      return language ? `language:${language}` : understandFree(text);
    }
    case "yes-no":
      return understandYesNo(text);
    case "scale":
      return understandScale(text);
    case "name":
      return understandName(text);
    case "meeting":
      return understandMeeting(text);
    case "good-ok-bad":
      return understandGoodOkBad(text);
  }
}

export { understandFree, understandGoodOkBad, understandMeeting, understandName, understandScale, understandYesNo };
export type { FreeIntent, QuestionKind } from "./understand-free.js";
