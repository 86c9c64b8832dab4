/**
 * Flags for a headless Chromium on a closed network (see STACK-NOTES): no background traffic,
 * no GPU, /tmp instead of the small /dev/shm that containers often have.
 */
export function chromiumArgs(extraArgs: readonly string[] = []): string[] {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--no-first-run',
    '--disable-quic',
    '--mute-audio',
    // Identical glyph outlines regardless of the host's fontconfig hinting settings.
    '--font-render-hinting=none',
    // Request interception does not see <link rel=preconnect|prefetch>, which the browser process
    // handles itself. Failing every host lookup (IP literals included) stops those too.
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ];
  // Chromium refuses to start its sandbox as root; containers and CI run as root.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return [...args, ...extraArgs];
}
