import * as vscode from 'vscode';

const SOURCE = 'backend-guidance';

/** "$(checklist) 3 backend" in the status bar; a click opens the Problems panel. */
export class ProblemCountStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('backendGuidance.problems', vscode.StatusBarAlignment.Left, 10);
  private readonly listener: vscode.Disposable;

  constructor() {
    this.item.name = 'Backend Guidance problems';
    this.item.command = 'workbench.actions.view.problems';
    this.listener = vscode.languages.onDidChangeDiagnostics(() => this.update());
    this.update();
    this.item.show();
  }

  private update(): void {
    let errors = 0;
    let others = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        if (d.source !== SOURCE) continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else others++;
      }
    }
    const total = errors + others;
    this.item.text = total === 0 ? '$(check) Backend Guidance' : `$(checklist) ${total} backend ${total === 1 ? 'problem' : 'problems'}`;
    this.item.tooltip = `Backend Guidance: ${errors} errors, ${others} warnings and hints`;
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
