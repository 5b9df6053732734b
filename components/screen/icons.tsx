// Plain line glyphs on a 24-unit grid, drawn for these pictures (no product artwork).
const paths = {
  home: 'M3 11.5 12 4l9 7.5M5.5 9.8V20h4.5v-6h4v6h4.5V9.8',
  people:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6M16 4.3a3.5 3.5 0 0 1 0 6.4M18 14.2c2 .8 3.5 2.8 3.5 5.8',
  jobs: 'M3 8h18v12H3zM8.5 8V5h7v3M3 13.5h18',
  chat: 'M4 4.5h16v11.5H10l-6 4.5z',
  bell: 'M6 16.5V11a6 6 0 0 1 12 0v5.5l2 2H4zM10 21h4',
  post: 'M4 4h16v16H4zM12 8v8M8 12h8',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM15.3 15.3 20.5 20.5',
  back: 'M15 4.5 7.5 12l7.5 7.5',
  arrow: 'M20 12H5M11.5 5.5 5 12l6.5 6.5',
  close: 'M6 6l12 12M18 6 6 18',
  check: 'M4.5 12.5l5 5L19.5 7',
  unlink:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6M16 10h6',
  block: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM5.7 5.7l12.6 12.6',
  dots: 'M5 12h.01M12 12h.01M19 12h.01',
  chevron: 'M9 5l7 7-7 7',
  undo: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4M9 13h6M9 17h6',
  flag: 'M5 21V4M5 4h12l-2.5 4.5L17 13H5',
} as const;

export type IconName = keyof typeof paths;

const tones = { fg: 'stroke-fg', muted: 'stroke-muted', accent: 'stroke-accent' } as const;

export function Icon({
  name,
  x,
  y,
  size,
  tone = 'muted',
  weight = 2,
}: {
  name: IconName;
  x: number;
  y: number;
  size: number;
  tone?: keyof typeof tones;
  weight?: number;
}) {
  return (
    <path
      d={paths[name]}
      transform={`translate(${x} ${y}) scale(${size / 24})`}
      fill="none"
      className={tones[tone]}
      strokeWidth={weight}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}
