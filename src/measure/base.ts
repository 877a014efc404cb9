// The base image's part of an image: its layers are the image's first layers, with the same diff_ids.
/** How many leading layers the image shares with the base (0 when the base is unknown or does not match). */
export function baseLayerCount(diffIds: string[], baseDiffIds: string[] | undefined): number {
  if (!baseDiffIds || baseDiffIds.length === 0 || baseDiffIds.length > diffIds.length) return 0;
  for (let i = 0; i < baseDiffIds.length; i++) if (diffIds[i] !== baseDiffIds[i]) return 0;
  return baseDiffIds.length;
}
