/**
 * The application menu as plain data (Dutch, like the rest of the UI). Pure: no
 * electron import, so the template is unit-tested in Node; index.ts hands it to
 * Menu.buildFromTemplate, where tsc checks it against Electron's own types.
 */

/** The Electron menu roles we use (a subset of Electron's union, so the template stays assignable). */
export type MenuRole =
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close'
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'reload' | 'forceReload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'
  | 'minimize' | 'zoom' | 'front' | 'window' | 'help';

export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuItemSpec[];
  click?: () => void;
}

/** What the non-role items do; index.ts supplies Electron-backed implementations. */
export interface MenuActions {
  openExternal(url: string): void;
  showDataFolder(): void;
}

export const HELP_LINKS = [
  { label: 'NZa-regelgeving (website)', url: 'https://www.nza.nl/' },
  { label: 'iStandaarden iWmo (website)', url: 'https://www.istandaarden.nl/' },
] as const;

const separator: MenuItemSpec = { type: 'separator' };
const noActions: MenuActions = { openExternal() {}, showDataFolder() {} };

export function menuTemplate(platform: string, isDev: boolean, actions: MenuActions = noActions): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const template: MenuItemSpec[] = [];

  if (mac) {
    template.push({
      label: 'Schotvrij',
      submenu: [
        { role: 'about', label: 'Over Schotvrij' },
        separator,
        { role: 'services', label: 'Diensten' },
        separator,
        { role: 'hide', label: 'Verberg Schotvrij' },
        { role: 'hideOthers', label: 'Verberg andere' },
        { role: 'unhide', label: 'Toon alles' },
        separator,
        { role: 'quit', label: 'Stop Schotvrij' },
      ],
    });
  }

  template.push({
    label: 'Bestand',
    submenu: [
      // Where backups live; support staff ask for this folder first.
      { label: 'Gegevensmap tonen', click: () => actions.showDataFolder() },
      separator,
      mac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
    ],
  });

  template.push({
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      separator,
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  });

  template.push({
    label: 'Beeld',
    submenu: [
      // Reload and DevTools only in development: a reload throws away a half-filled
      // form, and DevTools in a care worker's hands is a support call, not a feature.
      ...(isDev
        ? [
            { role: 'reload', label: 'Opnieuw laden' },
            { role: 'forceReload', label: 'Geforceerd opnieuw laden' },
            { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' },
            separator,
          ] satisfies MenuItemSpec[]
        : []),
      { role: 'resetZoom', label: 'Werkelijke grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      separator,
      { role: 'togglefullscreen', label: 'Volledig scherm' },
    ],
  });

  template.push({
    label: 'Venster',
    ...(mac ? { role: 'window' as const } : {}),
    submenu: mac
      ? [{ role: 'minimize', label: 'Minimaliseren' }, { role: 'zoom', label: 'Zoomen' }, separator, { role: 'front', label: 'Alles naar voorgrond' }]
      : [{ role: 'minimize', label: 'Minimaliseren' }, { role: 'close', label: 'Sluiten' }],
  });

  template.push({
    label: 'Help',
    role: 'help',
    submenu: [
      ...HELP_LINKS.map((l): MenuItemSpec => ({ label: l.label, click: () => actions.openExternal(l.url) })),
      ...(mac ? [] : [separator, { role: 'about', label: 'Over Schotvrij' } satisfies MenuItemSpec]),
    ],
  });

  return template;
}
