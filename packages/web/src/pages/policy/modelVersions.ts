/** "2025.2.0" > "2025.1.3": model versions are YYYY.MINOR.PATCH, compared part by part as numbers. */
export function compareModelVersions(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map((part) => Number(part) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
