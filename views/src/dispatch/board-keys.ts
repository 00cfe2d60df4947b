// The keys of the request pages: J/K (or ↓/↑) move, Enter opens, Esc backs out, letters run actions.
// Keys typed into a field are the field's, except Esc.
export interface BoardKeys {
  active: () => boolean;
  move: (step: number) => void;
  openSelected: () => void;
  escape: () => void;
  /** Runs the action of a letter key; resolves false when the key is not an action here. */
  action: (key: string) => Promise<boolean>;
}

export function onBoardKey(k: BoardKeys): void {
  document.addEventListener('keydown', (e) => {
    if (!k.active() || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    const typing = target.closest?.('input, textarea, select, form');
    const pressable = target.closest?.('button, a');
    if (e.key === 'Escape') {
      k.escape();
      if (typing) target.blur?.();
      return;
    }
    if (typing || document.querySelector('dialog[open]')) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === 'j' || key === 'ArrowDown') k.move(1);
    else if (key === 'k' || key === 'ArrowUp') k.move(-1);
    else if (key === 'Enter') {
      if (pressable) return; // Enter presses a focused button or link
      k.openSelected();
    }
    else {
      void k.action(key);
      if (key.length !== 1) return;
    }
    e.preventDefault();
  });
}
