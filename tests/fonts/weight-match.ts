/**
 * The face a browser draws a weight with, by CSS Fonts 4's matching (section 5.2, font-weight): a face whose range
 * holds the weight; else, for 400-500, the nearest heavier face up to 500, then the nearest lighter, then heavier;
 * below 400 lighter first; above 500 heavier first.
 */
export function weightFace<Face extends { weight: readonly [number, number] }>(weight: number, faces: Face[]) {
  const exact = faces.find(({ weight: [low, high] }) => low <= weight && weight <= high);
  if (exact) return exact;
  const heavier = faces.filter((f) => f.weight[0] > weight).sort((a, b) => a.weight[0] - b.weight[0]);
  const lighter = faces.filter((f) => f.weight[1] < weight).sort((a, b) => b.weight[1] - a.weight[1]);
  if (weight >= 400 && weight <= 500) {
    return heavier.find((f) => f.weight[0] <= 500) ?? lighter[0] ?? heavier[0];
  }
  return weight < 400 ? (lighter[0] ?? heavier[0]) : (heavier[0] ?? lighter[0]);
}
