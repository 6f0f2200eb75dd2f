// Fills that stay distinguishable in greyscale: density of hatching, not hue, carries meaning.
export function ChartPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-light`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <circle cx="3" cy="3" r="0.8" fill="#6f777b" />
      </pattern>
      <pattern id={`${prefix}-medium`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f3f2f1" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#505a5f" strokeWidth="1.2" />
      </pattern>
      <pattern id={`${prefix}-dense`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="5" fill="#dcdcdc" />
        <line x1="0" y1="0" x2="0" y2="5" stroke="#0b0c0c" strokeWidth="2" />
      </pattern>
    </defs>
  );
}

/** Greyscale shade for a 1–5 value (lighter = lower), with text colour that keeps contrast. */
export function shadeFor(value: number): { fill: string; text: string } {
  const fills = ["#f3f2f1", "#d6d6d6", "#a6a6a6", "#595959", "#1d1d1d"];
  const index = Math.min(5, Math.max(1, Math.round(value))) - 1;
  return { fill: fills[index], text: index >= 3 ? "#ffffff" : "#0b0c0c" };
}
