// Human units: decimal like `docker images` (1 MB = 1,000,000 B), with the exact byte count where it matters.
import prettyBytes from 'pretty-bytes';

const grouped = new Intl.NumberFormat('en-US');

/** `162.4 MB`. */
export function humanBytes(bytes: number): string {
  return prettyBytes(bytes);
}

/** `+1.2 MB`, `-300 kB`, `0 B`. */
export function signedBytes(bytes: number): string {
  if (bytes === 0) return '0 B';
  return prettyBytes(bytes, { signed: true });
}

/** `162.4 MB (162,400,000 B)`: the human number and the exact one the outputs carry. */
export function exactBytes(bytes: number): string {
  return `${prettyBytes(bytes)} (${grouped.format(bytes)} B)`;
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
