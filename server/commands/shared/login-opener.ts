import { openBrowser, openRefusal } from "../../launcher/open-browser";
import { visible } from "../../../lib/text/visible";
import type { Env } from "./env-flags";

/**
 * A headless login: the URL on stderr (it is the person's to open) and in the browser. The URL
 * comes from the authorization server's metadata: anything but http(s) is refused, not opened.
 */
export function loginOpener(env: Env): (url: string) => void {
  return (url) => {
    const refusal = openRefusal(url);
    if (refusal)
      return void process.stderr.write(
        `inspector: the server wants you to log in, but its login URL ${visible(url)} was not opened: ${refusal}\n`,
      );
    process.stderr.write(`inspector: the server wants you to log in: ${visible(url)}\n`);
    openBrowser(url, env as NodeJS.ProcessEnv);
  };
}
