/** Site-wide constants. The base URL is the one config value canonical URLs and the sitemap use. */
export const site = {
  name: 'Unsend',
  tagline: 'Withdraw a LinkedIn invitation you sent by mistake',
  baseUrl: (process.env.SITE_URL ?? 'https://unsend.example.com').replace(/\/$/, ''),
  sentInvitationsUrl: 'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
  linkedInHelpUrl: 'https://www.linkedin.com/help/linkedin',
  /**
   * Where "Tell us what your screen shows" sends its prefilled report: a mailto: link opens the
   * person's own mail app, so the site itself makes no request anywhere.
   */
  screenReportAddress: 'mailto:screens@unsend.example.com',
} as const;
