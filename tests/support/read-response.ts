// What test clients keep of a response: its status, its body (JSON when it parses, else the text)
// and its headers. Shared by route-handler calls (app.ts) and calls to a running server (live-client.ts).
export async function readResponse(response: Response) {
  const text = await response.text();
  let data: any = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  return { status: response.status, data, headers: response.headers };
}
