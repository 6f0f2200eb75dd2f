import { getRequestConfig } from "next-intl/server";
import en from "../../messages/en";

// English only for now; every user-facing string still goes through next-intl so that adding a
// language (including right-to-left ones) is a matter of adding a messages folder.
export const DEFAULT_LOCALE = "en";

export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  messages: en,
  timeZone: "UTC",
}));
