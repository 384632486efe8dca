'use client';
// The files chosen for the next upload: each new pick is checked file by file against what is
// already chosen; refused files are listed with their reasons (until the selection is cleared)
// while the others join the selection.
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkFiles, DEFAULT_LIMITS, type RefusedFile, type SelectedFile, type UploadLimits } from './check-files';

export function useFileSelection(limits: UploadLimits = DEFAULT_LIMITS) {
  const [selected, setSelected] = useState<readonly SelectedFile[]>([]);
  const [refused, setRefused] = useState<readonly RefusedFile[]>([]);
  const [checking, setChecking] = useState(false);
  // The selection as the checks see it, and a queue so that quick successive picks are checked
  // one after another (two picks of the same file must not both get in).
  const current = useRef<readonly SelectedFile[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const limitsRef = useRef(limits);
  useEffect(() => {
    limitsRef.current = limits;
  }, [limits]);

  const commit = (next: readonly SelectedFile[]) => {
    current.current = next;
    setSelected(next);
  };

  const add = useCallback(function add(files: readonly File[]) {
    if (files.length === 0) return;
    setChecking(true);
    queue.current = queue.current.then(async () => {
      const { accepted, refused } = await checkFiles(files, current.current, limitsRef.current);
      commit([...current.current, ...accepted]);
      setRefused((held) => [...held, ...refused]);
      setChecking(false);
    });
  }, []);

  const remove = useCallback(function remove(key: string) {
    commit(current.current.filter((s) => s.key !== key));
  }, []);

  const clear = useCallback(function clear() {
    commit([]);
    setRefused([]);
  }, []);

  return { selected, refused, checking, add, remove, clear };
}
