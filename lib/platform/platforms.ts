export const platforms = ['desktop', 'ios', 'android'] as const;

export type Platform = (typeof platforms)[number];

export const platformLabels: Record<Platform, string> = {
  desktop: 'Desktop browser',
  ios: 'iPhone or iPad',
  android: 'Android',
};

export const platformShortLabels: Record<Platform, string> = {
  desktop: 'Desktop',
  ios: 'iPhone',
  android: 'Android',
};

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (platforms as readonly string[]).includes(value);
}
