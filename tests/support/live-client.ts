// A small client for a running app server (`next start`): used by the fault tests and benchmarks.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { readResponse } from "./read-response";

export type TLiveClient = { url: string; cookie: string };

export async function signInLive(url: string, role: "POLICYMAKER" | "ADVISOR" | "ADMIN" = "POLICYMAKER"): Promise<TLiveClient> {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { url, cookie };
}

export async function apiCall(client: TLiveClient, method: string, path: string, json?: unknown, signal?: AbortSignal) {
  const response = await fetch(`${client.url}${path}`, {
    method,
    headers: { cookie: client.cookie, ...(json === undefined ? {} : { "content-type": "application/json" }) },
    body: json === undefined ? undefined : JSON.stringify(json),
    signal,
  });
  return readResponse(response);
}

export async function createAssessments(client: TLiveClient, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { status, data } = await apiCall(client, "POST", "/api/assessments", { title: `Load bill ${i}`, instrument: "draft-law", jurisdiction: "Eldoria" });
    if (status !== 201) throw new Error(`Could not create an assessment: ${status} ${JSON.stringify(data)}`);
    ids.push(data.assessment.id);
  }
  return ids;
}
