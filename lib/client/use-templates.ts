'use client';
// The server's templates (GET /api/templates), asked once per page; none if the server cannot say
// (then the upload zone simply offers no template).
import { useEffect, useState } from 'react';
import type { Template } from '@/lib/schemas/template';
import { listTemplates } from './api';

export function useTemplates(): Template[] {
  const [templates, setTemplates] = useState<Template[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    listTemplates(controller.signal).then(
      (list) => setTemplates(list.templates),
      () => {
        // Unreachable or an older server: no templates to offer; uploads work without.
      },
    );
    return () => controller.abort();
  }, []);
  return templates;
}
