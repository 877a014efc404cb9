// Human units, the same in the terminal, the comment and the job summary: decimal like `docker images`
// (1 kB = 1,000 B, 1 MB = 1,000,000 B, 1 GB = 10^9 B). Raw byte counts belong to the JSON report and the outputs.
import prettyBytes from 'pretty-bytes';

/** `162.4 MB`. */
export function humanBytes(bytes: number): string {
  return prettyBytes(bytes);
}

/** `+1.2 MB`, `-300 kB`, `0 B`. */
export function signedBytes(bytes: number): string {
  if (bytes === 0) return '0 B';
  return prettyBytes(bytes, { signed: true });
}

/** Two sizes in human units with just enough digits to tell them apart: a head of 60,000,400 B against a
 *  budget of 60,000,000 B reads `60.0004 MB` and `60 MB`, not `60 MB` twice. Exact bytes stay in the JSON
 *  report and the outputs. */
export function bytesApart(a: number, b: number): [string, string] {
  let pair: [string, string] = [prettyBytes(a), prettyBytes(b)];
  for (let digits = 2; pair[0] === pair[1] && a !== b && digits <= 9; digits++)
    pair = [
      prettyBytes(a, { maximumFractionDigits: digits }),
      prettyBytes(b, { maximumFractionDigits: digits }),
    ];
  return pair;
}

/** `+3.25%`, `-0.50%`. */
export function signedPercent(percent: number): string {
  const fixed = percent.toFixed(2);
  return percent > 0 ? `+${fixed}%` : fixed === '-0.00' ? '0.00%' : `${fixed}%`;
}

/** `42.0 s`, `3 min 5 s`. */
export function humanSeconds(seconds: number): string {
  if (Math.abs(seconds) < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(Math.abs(seconds));
  const sign = seconds < 0 ? '-' : '';
  return `${sign}${Math.floor(whole / 60)} min ${whole % 60} s`;
}

export function signedSeconds(seconds: number): string {
  return seconds > 0 ? `+${humanSeconds(seconds)}` : humanSeconds(seconds);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
