import type { Connection } from 'vscode-languageserver/node';

export interface Progress {
  report(percentage: number, message: string): void;
  /** True once the user pressed Cancel on the notification. */
  cancelled(): boolean;
  done(): void;
}

const silent: Progress = { report: () => undefined, cancelled: () => false, done: () => undefined };

/**
 * Server-initiated work-done progress (LSP 3.15), cancellable, when the client supports it; a
 * silent stand-in otherwise, so the scan itself does not care.
 */
export async function progressReporter(connection: Connection, supported: boolean, title: string): Promise<Progress> {
  if (!supported) return silent;
  try {
    const reporter = await connection.window.createWorkDoneProgress();
    reporter.begin(title, 0, 'Listing files…', true);
    let last = -1;
    return {
      report: (percentage, message) => {
        // One notification per percent at most: thousands of files must not flood the client.
        if (percentage === last) return;
        last = percentage;
        reporter.report(percentage, message);
      },
      cancelled: () => reporter.token.isCancellationRequested,
      done: () => reporter.done(),
    };
  } catch {
    return silent;
  }
}
