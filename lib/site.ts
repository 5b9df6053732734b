/** Site-wide constants. The base URL is the one config value canonical URLs and the sitemap use. */
export const site = {
  name: 'Unsend',
  tagline: 'Withdraw a LinkedIn invitation you sent by mistake',
  baseUrl: (process.env.SITE_URL ?? 'https://unsend.example.com').replace(/\/$/, ''),
  sentInvitationsUrl: 'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
  linkedInHelpUrl: 'https://www.linkedin.com/help/linkedin',
} as const;
