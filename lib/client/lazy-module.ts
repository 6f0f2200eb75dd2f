// Code the page can do without until the user needs it (zod and schemas for a form's checks):
// loaded once, on first use or when the page is idle, whichever comes first.

export function lazyModule<T>(load: () => Promise<T>) {
  let loading: Promise<T> | null = null;
  /** The module; a failed download (offline) is forgotten, so that the next call tries again. */
  const get = (): Promise<T> => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  /** Starts the download once the page is idle, so that the first use does not wait for it. */
  const preload = (): void => {
    const start = () => void get().catch(() => {});
    if ("requestIdleCallback" in window) window.requestIdleCallback(start, { timeout: 5_000 });
    else setTimeout(start, 2_000);
  };
  return { get, preload };
}
