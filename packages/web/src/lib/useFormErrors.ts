import { useMemo, useState } from 'react';
import { type FieldErrors, fieldErrorsOf } from './errors';

/** Field messages from the client-side check and from the server's answer, shown in one place. */
export function useFormErrors(serverError: unknown) {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = useMemo(
    () => ({ ...fieldErrorsOf(serverError), ...clientErrors }),
    [serverError, clientErrors],
  );
  return { errors, setClientErrors };
}
