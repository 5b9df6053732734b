'use client';

import { useSyncExternalStore } from 'react';
import { storageKeys, writeStored } from '@/lib/platform/storage';
import { Button } from '@/components/ui/button';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  return document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

export interface ThemeToggleWords {
  toDark: string;
  toLight: string;
  /** Before the page knows the theme (the server's render). */
  any: string;
}

/** Flips the theme the head script chose (system preference by default) and remembers it. */
export function ThemeToggle({ words }: { words: ThemeToggleWords }) {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <Button
      variant="secondary"
      size="sm"
      data-js-only
      data-print-hidden
      aria-label={theme ? (next === 'dark' ? words.toDark : words.toLight) : words.any}
      onClick={() => {
        document.documentElement.setAttribute('data-theme', next);
        writeStored(storageKeys.theme, next);
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </Button>
  );
}
