import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/validated-action';

/**
 * Runs one annotation server action at a time: tracks pending and the error message to show,
 * and refreshes the page's server components after a success so lists and counts are current.
 */
export function useAnnotationAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <T>(action: () => Promise<ActionResult<T>>): Promise<T | null> => {
    setPending(true);
    setError(null);
    const result = await action();
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    router.refresh();
    return result.data;
  };
  return { run, pending, error, setError };
}
