/**
 * Every LinkedIn label the guide names or draws, once. Prose names one with `<UI id="…" />`
 * and the page shows its text for the page's platform; the drawings can take their words from
 * here too. Each text lists who saw it (`sightings`): a source id from content/sources.ts, or a
 * `note` (and its `kind`) for evidence with no public address, on which surface (`web`, `ios`, `android`) and
 * when (`seen`, else the source's own date). Which text comes first is computed from those
 * dates (lib/labels/registry.ts), never from the order here.
 *
 * A label's texts on different surfaces (More on the website, More options on Android) are
 * one label. A label that replaced another on the same surface (Manage, then Show all) is its
 * own label with `alternativeOf`, so a step can name either; which comes first is computed.
 *
 * Texts are keyed by language: `en`, and `de`, `fr`… (a two-letter code) where a dated source
 * shows LinkedIn using that text in that language; another language is one more key, with its
 * own sightings, and no code change. A text in any language but English needs a sighting with a
 * source or a dated note: never a label we translated ourselves. A language with no text for a
 * label (or none on a page's surface) shows the English one (lib/labels/registry.ts).
 */
export const labels = {
  me: {
    what: 'the top bar’s menu with your photo, where you switch accounts',
    en: [{ text: 'Me', sightings: [{ note: 'LinkedIn’s top bar (no dated source)', on: 'web' }] }],
  },
  search: {
    what: 'the search box at the top',
    en: [
      { text: 'Search', sightings: [{ note: 'LinkedIn’s top bar (no dated source)', on: 'web' }] },
    ],
  },
  'my-network': {
    what: 'the top bar’s (or the app’s bottom bar’s) link to your network',
    en: [
      {
        text: 'My Network',
        sightings: [
          { source: 'maverrik-how-to', on: 'web' },
          { source: 'ascend-android-tests', on: 'android' },
        ],
      },
    ],
  },
  grow: {
    what: 'the My Network tab that holds your invitations',
    en: [
      {
        text: 'Grow',
        sightings: [
          { source: 'browser-harness-notes', on: 'web' },
          { source: 'ascend-android-tests', on: 'android' },
        ],
      },
    ],
  },
  'catch-up': {
    what: 'the other My Network tab',
    en: [
      {
        text: 'Catch up',
        sightings: [
          {
            note: 'scripts on /mynetwork/catch-up/all/, “live-grounded” (repository unknown)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-08-03',
          },
          { source: 'ascend-android-tests', on: 'android' },
        ],
      },
    ],
  },
  invitations: {
    what: 'the invitations card or row at the top of Grow',
    en: [
      { text: 'Invitations', sightings: [{ source: 'maverrik-how-to', on: 'web' }] },
      { text: 'Invitations (N)', sightings: [{ source: 'ascend-android-tests', on: 'android' }] },
    ],
  },
  'show-all': {
    what: 'the link beside Invitations that opens the invitation manager',
    en: [
      {
        text: 'Show all',
        sightings: [
          {
            note: 'code that follows “Show all invitations” (repository unknown)',
            kind: 'page-code',
            on: 'web',
            seen: '2026',
          },
        ],
      },
    ],
  },
  manage: {
    what: 'an older label of the link beside Invitations',
    alternativeOf: 'show-all',
    en: [
      {
        text: 'Manage',
        sightings: [
          { source: 'maverrik-how-to', on: 'web' },
          {
            note: 'a how-to of 2020 (practicalsmm.com)',
            kind: 'third-party-how-to',
            on: 'web',
            seen: '2020-08-18',
          },
        ],
      },
    ],
  },
  'see-all': {
    what: 'the oldest label of the link beside Invitations, followed by a number',
    alternativeOf: 'show-all',
    en: [
      {
        text: 'See all',
        sightings: [
          {
            note: 'a how-to of 2019 (Sid Clark)',
            kind: 'third-party-how-to',
            on: 'web',
            seen: '2019-11',
          },
        ],
      },
    ],
  },
  received: {
    what: 'the invitation manager’s first tab',
    en: [{ text: 'Received', sightings: [{ source: 'cc-linkedin-survey', on: 'web' }] }],
    de: [
      {
        text: 'Eingegangen',
        sightings: [{ source: 'uriel-network-parser', on: 'web' }],
      },
    ],
  },
  'sent-tab': {
    what: 'the invitation manager’s tab of invitations you sent',
    en: [{ text: 'Sent', sightings: [{ source: 'cc-linkedin-survey', on: 'web' }] }],
    de: [
      {
        text: 'Gesendet',
        sightings: [{ source: 'uriel-network-parser', on: 'web' }],
      },
    ],
  },
  'people-filter': {
    what: 'the Sent list’s filter for invitations to people, with a count: People (N)',
    en: [
      {
        text: 'People',
        sightings: [
          { source: 'cc-linkedin-survey', on: 'web' },
          { source: 'browser-harness-notes', on: 'web' },
        ],
      },
    ],
    de: [
      {
        text: 'Personen',
        sightings: [{ source: 'uriel-network-parser', on: 'web' }],
      },
    ],
    fr: [
      {
        text: 'Personnes',
        sightings: [
          {
            note: 'test fixtures “observed-dom”, rebuilt from a read-only probe of a French account (Pilae/linki withdrawals; code ids 68911552748, 69136255286)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-09-22',
          },
        ],
      },
    ],
  },
  'pages-filter': {
    what: 'the Sent list’s filter for Page invitations, with a count: Pages (N)',
    en: [
      {
        text: 'Pages',
        sightings: [
          {
            note: 'page markup (code id 71125151982, no public address)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-10-09',
          },
        ],
      },
    ],
  },
  'load-more': {
    what: 'the button below the Sent list in an older layout',
    en: [{ text: 'Load more', sightings: [{ source: 'linkedin-tools-withdraw', on: 'web' }] }],
  },
  withdraw: {
    what: 'the Sent row’s Withdraw link, and the confirm dialog’s button',
    en: [
      {
        text: 'Withdraw',
        sightings: [
          { source: 'cc-linkedin-survey', on: 'web' },
          { source: 'cc-linkedin-withdraw', on: 'web' },
        ],
      },
    ],
    de: [
      {
        text: 'Zurückziehen',
        sightings: [{ source: 'uriel-network-parser', on: 'web' }],
      },
    ],
    fr: [
      {
        text: 'Retirer',
        sightings: [
          {
            note: 'test fixtures “observed-dom”, rebuilt from a read-only probe of a French account (Pilae/linki withdrawals; code ids 68911552748, 69136255286)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-09-22',
          },
        ],
      },
    ],
  },
  'withdraw-invitation': {
    what: 'the More menu’s item in an older layout of Follow-first profiles',
    en: [
      { text: 'Withdraw invitation', sightings: [{ source: 'lnautomation-selectors', on: 'web' }] },
    ],
    fr: [
      {
        text: "Retirer l'invitation",
        sightings: [
          {
            note: "field notes: the profile’s “En attente → Retirer l'invitation” control, “productized 2026-06-14” (code id 58782303380, no public address)",
            kind: 'page-code',
            on: 'web',
            seen: '2026-06-14',
          },
        ],
      },
    ],
  },
  'withdraw-dialog-title': {
    what: 'the confirm dialog’s heading',
    en: [
      { text: 'Withdraw invitation', sightings: [{ source: 'cc-linkedin-withdraw', on: 'web' }] },
    ],
  },
  'withdraw-dialog-warning': {
    what: 'the confirm dialog’s warning',
    en: [
      {
        text: "If you withdraw now, you won't be able to resend to this person for up to 3 weeks.",
        sightings: [
          { source: 'cc-linkedin-withdraw', on: 'web' },
          { source: 'maverrik-how-to', on: 'web' },
        ],
      },
    ],
  },
  'withdrawn-message': {
    what: 'the short message after a withdrawal',
    en: [
      {
        text: 'Invitation to {name} withdrawn.',
        sightings: [
          {
            note: 'page markup (code id 71125151982, no public address)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-10-09',
          },
        ],
      },
    ],
  },
  'withdraw-failed-message': {
    what: 'the message when a withdrawal fails',
    en: [
      {
        text: 'Sorry, unable to withdraw invitation to {name}. Please try again.',
        sightings: [
          {
            note: 'page markup (code id 71125151982, no public address)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-10-09',
          },
        ],
      },
    ],
  },
  pending: {
    what: 'the profile’s link once you invited them, and the More menu’s item on Follow-first profiles',
    en: [
      {
        text: 'Pending',
        sightings: [
          { source: 'cc-linkedin-survey', on: 'web' },
          { source: 'lnautomation-withdraw-test', on: 'web' },
        ],
      },
    ],
    de: [
      {
        text: 'Ausstehend',
        sightings: [
          { source: 'linki-european-labels', on: 'web' },
          { source: 'mcp-server-pr-352', on: 'web' },
        ],
      },
    ],
    fr: [
      {
        text: 'En attente',
        sightings: [
          { source: 'linki-labels', on: 'web' },
          { source: 'mcp-server-pr-352', on: 'web' },
        ],
      },
    ],
  },
  more: {
    what: 'the profile’s overflow button (…)',
    en: [
      {
        text: 'More',
        sightings: [
          { source: 'cc-linkedin-survey', on: 'web' },
          { source: 'mcp-server-406', on: 'web' },
        ],
      },
      { text: 'More options', sightings: [{ source: 'ascend-android-tests', on: 'android' }] },
    ],
    de: [
      {
        text: 'Mehr',
        sightings: [{ source: 'linki-european-labels', on: 'web' }],
      },
    ],
    fr: [
      {
        text: 'Plus',
        sightings: [{ source: 'linki-labels', on: 'web' }],
      },
    ],
  },
  message: {
    what: 'the profile’s Message button',
    en: [{ text: 'Message', sightings: [{ source: 'cc-linkedin-survey', on: 'web' }] }],
  },
  connect: {
    what: 'the profile’s button (or More item) that sends an invitation',
    en: [
      {
        text: 'Connect',
        sightings: [
          { source: 'cc-linkedin-survey', on: 'web' },
          { source: 'ascend-android-tests', on: 'android' },
        ],
      },
    ],
    de: [
      {
        text: 'Vernetzen',
        sightings: [
          { source: 'linki-european-labels', on: 'web' },
          { source: 'mcp-server-pr-352', on: 'web' },
        ],
      },
    ],
    fr: [
      {
        text: 'Se connecter',
        sightings: [{ source: 'linki-labels', on: 'web' }],
      },
    ],
  },
  follow: {
    what: 'the main button on creators’ and much-followed profiles',
    en: [
      {
        text: 'Follow',
        sightings: [
          { source: 'cc-linkedin-survey', on: 'web' },
          { source: 'mcp-server-406', on: 'web' },
        ],
      },
    ],
    de: [
      {
        text: 'Folgen',
        sightings: [
          {
            note: 'the German invitation pages’ own lines a parser skips, “folgen” among them, read live (goodonex/uriel; code id 71109904320)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-08-27',
          },
          { source: 'mcp-server-pr-352', on: 'web' },
        ],
      },
    ],
    fr: [
      {
        text: 'Suivre',
        sightings: [{ source: 'mcp-server-pr-352', on: 'web' }],
      },
    ],
  },
  following: {
    what: 'the More menu’s item (or button) when you follow them; choosing it unfollows',
    en: [
      {
        text: 'Following',
        sightings: [
          { source: 'cc-linkedin-survey', on: 'web' },
          { source: 'ascend-android-tests', on: 'android' },
        ],
      },
    ],
  },
  'remove-connection': {
    what: 'the More menu’s item on a connection’s profile',
    en: [
      {
        text: 'Remove connection',
        sightings: [
          {
            note: 'page markup (code id 71125151982, no public address)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-10-09',
          },
          { source: 'lnautomation-selectors', on: 'web' },
        ],
      },
    ],
  },
  remove: {
    what: 'the remove dialog’s confirm button',
    en: [
      { text: 'Remove', sightings: [{ note: 'the remove dialog (no dated source)', on: 'web' }] },
    ],
  },
  report: {
    what: 'the More menu’s Report item',
    en: [{ text: 'Report', sightings: [{ source: 'cc-linkedin-survey', on: 'web' }] }],
  },
  block: {
    what: 'the More menu’s Block item',
    en: [{ text: 'Block', sightings: [{ source: 'cc-linkedin-survey', on: 'web' }] }],
  },
  // Words only the drawings show: the scenery around what a step names.
  home: {
    what: 'the top bar’s (or the app’s bottom bar’s) Home',
    en: [
      { text: 'Home', sightings: [{ note: 'LinkedIn’s top bar (no dated source)', on: 'web' }] },
    ],
  },
  jobs: {
    what: 'the top bar’s (or the app’s bottom bar’s) Jobs',
    en: [
      { text: 'Jobs', sightings: [{ note: 'LinkedIn’s top bar (no dated source)', on: 'web' }] },
    ],
  },
  messaging: {
    what: 'the top bar’s Messaging',
    en: [
      {
        text: 'Messaging',
        sightings: [{ note: 'LinkedIn’s top bar (no dated source)', on: 'web' }],
      },
    ],
  },
  notifications: {
    what: 'the top bar’s (or the app’s bottom bar’s) Notifications',
    en: [
      {
        text: 'Notifications',
        sightings: [{ note: 'LinkedIn’s top bar (no dated source)', on: 'web' }],
      },
    ],
  },
  accept: {
    what: 'a received invitation’s Accept button',
    en: [
      {
        text: 'Accept',
        sightings: [{ note: 'the Received list (no dated source)', on: 'web' }],
      },
    ],
  },
  ignore: {
    what: 'a received invitation’s Ignore button',
    en: [
      {
        text: 'Ignore',
        sightings: [{ note: 'the Received list (no dated source)', on: 'web' }],
      },
    ],
  },
  'manage-invitations': {
    what: 'the invitation manager’s heading',
    en: [{ text: 'Manage invitations', sightings: [{ source: 'cc-linkedin-survey', on: 'web' }] }],
    de: [
      {
        text: 'Einladungen verwalten',
        sightings: [{ source: 'uriel-network-parser', on: 'web' }],
      },
    ],
  },
  cancel: {
    what: 'the confirm dialog’s Cancel button',
    en: [{ text: 'Cancel', sightings: [{ source: 'cc-linkedin-withdraw', on: 'web' }] }],
  },
  'sent-age': {
    what: 'how long ago a Sent row’s invitation went out',
    en: [
      { text: 'Sent 6 months ago', sightings: [{ source: 'cc-linkedin-survey', on: 'web' }] },
      {
        text: 'Sent 11 hours ago',
        sightings: [
          { note: 'page code reading Sent rows', kind: 'page-code', on: 'web', seen: '2026-09-10' },
        ],
      },
      {
        text: 'Sent 3 months ago',
        sightings: [
          { note: 'page code reading Sent rows', kind: 'page-code', on: 'web', seen: '2026-09-10' },
        ],
      },
    ],
    de: [
      {
        text: 'Vor 53 Minuten gesendet',
        sightings: [{ source: 'uriel-network-parser', on: 'web' }],
      },
      {
        text: 'Vor 3 Wochen gesendet',
        sightings: [{ source: 'uriel-network-parser', on: 'web' }],
      },
      {
        text: 'Vor 18 Stunden gesendet',
        sightings: [
          {
            note: 'a fork’s live reads of a German Sent list (MiViA; code id 70140346524, no public address)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-09-30',
          },
        ],
      },
    ],
    fr: [
      {
        text: 'Envoyé il y a 1 mois',
        sightings: [
          {
            note: 'test fixtures “observed-dom”, rebuilt from a read-only probe of a French account (Pilae/linki withdrawals; code ids 68911552748, 69136255286)',
            kind: 'page-code',
            on: 'web',
            seen: '2026-09-22',
          },
        ],
      },
    ],
  },
} as const;
