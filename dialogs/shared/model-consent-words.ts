// Taking back the language model's consent in one's own words ("ingen AI", "stäng av AI:n", "no AI
// please"): as easy to withdraw as it was to give. Folded text, so no åäö and typos of case are fine.
import { fold } from "./recognize.js";

const ai = String.raw`(?:ai|ai n|ain|ai tjansten|ai tjanst|sprakmodell(?:en)?|chatgpt|gpt)`;
const patterns = [
  new RegExp(String.raw`^(?:ingen|inte|no|stop|stopp|sluta med|stang av|stang av all|turn off|disable|switch off)(?: (?:nan|the|din|er))? ${ai}(?: (?:tack|pls|please|thanks))?$`),
  new RegExp(String.raw`^${ai} av(?: tack)?$`),
  new RegExp(String.raw`\b(?:vill inte att|do not want|dont want|don t want)\b.*\b${ai}\b.*\b(?:las|laser|lasa|read|reads|reading)\b`),
  new RegExp(String.raw`\b(?:sluta|stop)\b.*\b(?:anvanda|using|use)\b.*\b${ai}\b`),
];

/** True when the text asks that no AI service reads the participant's messages. */
export function detectModelOptOut(text: string): boolean {
  const said = fold(text);
  return said.length > 0 && said.length <= 100 && patterns.some((re) => re.test(said));
}
