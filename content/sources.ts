/**
 * Every source the guide cites, once. Content cites a source by its id (`sources: [a568295]`
 * in frontmatter); the page shows its title, its kind and its date, built from this record.
 *
 * A typed module rather than YAML, so code that names a source (the labels registry, tests)
 * gets a compile error for a wrong id; lib/sources/registry.ts checks every record at build.
 *
 * - `kind`: `linkedin-help` (LinkedIn's current Help), `linkedin-help-archived` (an old
 *   version, with the `version` date it was reviewed), `field-notes` (dated notes or reports
 *   from a real account), `page-code` (code that reads LinkedIn's own pages or app),
 *   `third-party-how-to`, `platform-help` (Apple, Google, Mozilla).
 * - `seen`: when the source saw LinkedIn's screen or text, where it says (YYYY-MM-DD or YYYY-MM).
 * - `read`: the day someone here last read the source and compared the guide with it.
 */
export const sources = {
  a568295: {
    kind: 'linkedin-help',
    title: 'Withdraw an invitation (its current text, as a third party quoted it)',
    url: 'https://www.linkedin.com/help/linkedin/answer/a568295',
    seen: '2026-09-21',
    read: '2026-12-06',
  },
  a551012: {
    kind: 'linkedin-help',
    title: 'Types of restrictions for sending invitations',
    url: 'https://www.linkedin.com/help/linkedin/answer/a551012',
    read: '2026-12-01',
  },
  a550555: {
    kind: 'linkedin-help',
    title: 'Invitation limit reached',
    url: 'https://www.linkedin.com/help/linkedin/answer/a550555',
    read: '2026-12-01',
  },
  a563153: {
    kind: 'linkedin-help',
    title: 'Personalize invitations to connect (as third parties quoted it)',
    url: 'https://www.linkedin.com/help/linkedin/answer/a563153',
    seen: '2026-10-02',
    read: '2026-12-06',
  },
  'help-62928': {
    kind: 'linkedin-help',
    title: 'Connecting with other members – best practices (an older article)',
    url: 'https://www.linkedin.com/help/linkedin/answer/62928',
    read: '2026-12-01',
  },
  'a26-2015-08-31': {
    kind: 'linkedin-help-archived',
    title: 'Canceling an Invitation',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/26/cookie/test',
    version: '2015-08-31',
    read: '2026-12-06',
  },
  'a3882-2013-02-07': {
    kind: 'linkedin-help-archived',
    title: 'Invitation Reminders',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/3882/cookie/test',
    version: '2013-02-07',
    read: '2026-12-01',
  },
  'a49-2013-11-12': {
    kind: 'linkedin-help-archived',
    title: 'Removing a Connection',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/49',
    version: '2013-11-12',
    read: '2026-12-01',
  },
  'cc-linkedin-survey': {
    kind: 'field-notes',
    title:
      'the profile’s Message · Pending · More, Following inside More, the Sent list’s People (N) and its Withdraw links (cc-linkedin survey)',
    url: 'https://github.com/thefrederiksen/cc-linkedin/blob/9cd7597/docs/phase-3-survey.md',
    seen: '2026-09-10',
    read: '2026-12-07',
  },
  'cc-linkedin-withdraw': {
    kind: 'field-notes',
    title:
      'one real withdrawal: the Sent list loading ten rows at a time as you scroll it, the confirm dialog, the People count one lower (cc-linkedin withdraw report)',
    url: 'https://github.com/thefrederiksen/cc-linkedin/blob/7eea588/docs/phase-3-withdraw-report.md',
    seen: '2026-09-10',
    read: '2026-12-07',
  },
  'browser-harness-notes': {
    kind: 'field-notes',
    title:
      'the Grow page, the Sent list’s address, its People filter and “Sent … ago” rows (browser-harness LinkedIn skill)',
    url: 'https://github.com/browser-use/browser-harness/blob/30e87b9/domain-skills/linkedin/README.md',
    seen: '2026-09-02',
    read: '2026-12-07',
  },
  'mcp-server-406': {
    kind: 'field-notes',
    title: 'Connect under More on Follow-first profiles (linkedin-mcp-server issue #406)',
    url: 'https://github.com/stickerdaniel/linkedin-mcp-server/issues/406',
    seen: '2026-04-30',
    read: '2026-12-06',
  },
  'mcp-server-460': {
    kind: 'field-notes',
    title: 'withdrawing from the Sent list row by row (linkedin-mcp-server issue #460)',
    url: 'https://github.com/stickerdaniel/linkedin-mcp-server/issues/460',
    seen: '2026-05-21',
    read: '2026-12-06',
  },
  'lnautomation-selectors': {
    kind: 'page-code',
    title:
      'the profile’s “Pending, click to withdraw invitation”, “Following, click to unfollow”, and older menu items “Withdraw invitation” and “Remove this connection” (LNAutomation selectors, 2025–26)',
    url: 'https://github.com/GopiMaganti-code/LNAutomation/blob/585898d/src/selectors/selectors.js',
    read: '2026-12-01',
  },
  'lnautomation-withdraw-test': {
    kind: 'page-code',
    title:
      'withdrawing from a profile: Pending, or More → a menu item reading Pending, then Withdraw (LNAutomation withdraw test, 2025–26)',
    url: 'https://github.com/GopiMaganti-code/LNAutomation/blob/490df43/src/withdrawingRequest.spec.js',
    read: '2026-12-06',
  },
  'linkedin-tools-withdraw': {
    kind: 'page-code',
    title:
      'the Sent list’s Load more button, in LinkedIn’s older layout (LinkedIn_Tools withdraw script)',
    url: 'https://github.com/gyan-sharma/LinkedIn_Tools/blob/f380773/withdraw.js',
    seen: '2025-12',
    read: '2026-12-06',
  },
  'ascend-android-tests': {
    kind: 'page-code',
    title:
      'the Android app: My Network’s Grow and Catch up, “Invitations (N)”, a profile’s “More options” (Ascend mobile tests)',
    url: 'https://github.com/shehab400/Ascend-Mobile-Testing/tree/d9898e4',
    seen: '2025-04-15',
    read: '2026-12-06',
  },
  'linked-api-withdraw': {
    kind: 'third-party-how-to',
    title:
      'withdrawing a connection request from the person’s page, with an unfollow option on by default (Linked API docs, an automation tool)',
    url: 'https://linkedapi.io/docs/action-st-withdraw-connection-request',
    read: '2026-12-01',
  },
  'maverrik-how-to': {
    kind: 'third-party-how-to',
    title: 'My Network → Manage → Sent, and the confirm dialog’s three-week warning (maverrik.io)',
    url: 'https://maverrik.io/blog/clear-pending-connection-requests-on-linkedin/',
    read: '2026-12-01',
  },
  'openoutbound-playbook': {
    kind: 'third-party-how-to',
    title:
      'free accounts: a personal note on three invitations a month, where older help said five (openoutbound LinkedIn playbook)',
    url: 'https://github.com/xyluxx/openoutbound/blob/bc158ca/skills/openoutbound/references/playbook-linkedin.md',
    seen: '2026-09',
    read: '2026-12-06',
  },
  'mcp-server-pr-352': {
    kind: 'page-code',
    title:
      'LinkedIn shows a signed-in member its interface in the display language set in their account, not the browser’s; the profile’s German and French labels (linkedin-mcp-server pull request #352)',
    url: 'https://github.com/stickerdaniel/linkedin-mcp-server/pull/352',
    seen: '2026-04-13',
    read: '2026-12-07',
  },
  'uriel-network-parser': {
    kind: 'page-code',
    title:
      'the German invitation manager, copied word for word from a live account: Einladungen verwalten, Eingegangen / Gesendet, Personen (N), “Vor … gesendet”, Zurückziehen (uriel network parser)',
    url: 'https://github.com/goodonex/uriel/blob/0f5a326/scripts/verify-netzwerk-parse.ts',
    seen: '2026-08-12',
    read: '2026-12-07',
  },
  'linki-european-labels': {
    kind: 'page-code',
    title:
      'the profile’s Connect, More and Pending in 17 European display languages, German among them, read live (linki observed-label fixtures)',
    url: 'https://github.com/Pilae/linki/blob/80b5c5a/tests/linkedin-european-labels.json',
    seen: '2026-09-18',
    read: '2026-12-07',
  },
  'linki-labels': {
    kind: 'page-code',
    title:
      'the profile’s Connect, More and Pending as LinkedIn shows them in French and other display languages (linki label registry)',
    url: 'https://github.com/Pilae/linki/blob/1b44b52/lib/linkedin/labels.ts',
    seen: '2026-09-18',
    read: '2026-12-07',
  },
  'apple-force-close': {
    kind: 'platform-help',
    title: 'Apple Support: How to force an app to close on your iPhone, iPad, or iPod touch',
    url: 'https://support.apple.com/en-us/HT201330',
    read: '2026-12-01',
  },
  'apple-update-apps': {
    kind: 'platform-help',
    title: 'Apple Support: How to manually update apps on your Apple device',
    url: 'https://support.apple.com/en-us/HT202180',
    read: '2026-12-01',
  },
  'android-close-apps': {
    kind: 'platform-help',
    title: 'Android Help: Find, open & close apps',
    url: 'https://support.google.com/android/answer/9079646',
    read: '2026-12-01',
  },
  'google-play-update': {
    kind: 'platform-help',
    title: 'Google Play Help: Update Android apps',
    url: 'https://support.google.com/googleplay/answer/113412',
    read: '2026-12-01',
  },
  'chrome-clear-cache': {
    kind: 'platform-help',
    title: 'Google Help: Clear cache & cookies in Chrome',
    url: 'https://support.google.com/accounts/answer/32050',
    read: '2026-12-01',
  },
  'chrome-incognito': {
    kind: 'platform-help',
    title: 'Google Chrome Help: Browse in Incognito mode',
    url: 'https://support.google.com/chrome/answer/95464',
    read: '2026-12-01',
  },
  'firefox-clear-cache': {
    kind: 'platform-help',
    title: 'Mozilla Support: How to clear the Firefox cache',
    url: 'https://support.mozilla.org/en-US/kb/how-clear-firefox-cache',
    read: '2026-12-01',
  },
} as const;
