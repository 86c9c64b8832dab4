/** Second line of defence behind request interception: nothing but inline styles and data:. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";
