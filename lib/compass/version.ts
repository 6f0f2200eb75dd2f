// The content version stored with every assessment. Bump it whenever a change to the content
// would make stored answers invalid or change their meaning, and add a migration for it.
export const CONTENT_VERSION = 2;

export const CONTENT_CHANGELOG: Readonly<Record<number, string>> = {
  1: "First release.",
  2: "1.11 split into the objective (s1.q11a, text) and the jurisdictional reach (s1.q11b, choice). REMEDY option 'platform-complaints' renamed 'platform-internal-complaints'.",
};
