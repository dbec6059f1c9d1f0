import { describe, expect, it } from 'vitest';
import { HELP_LINKS, type MenuItemSpec, menuTemplate } from './menu';
import { isAllowedExternalUrl } from './security';

const flat = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
const roles = (items: MenuItemSpec[]) => flat(items).flatMap((i) => (i.role ? [i.role] : []));
const topLabels = (items: MenuItemSpec[]) => items.map((i) => i.label);

describe('menuTemplate', () => {
  it('has the Dutch top-level menus on Windows and Linux', () => {
    for (const platform of ['win32', 'linux']) {
      expect(topLabels(menuTemplate(platform, false))).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    }
  });

  it('adds the macOS app menu first on darwin only', () => {
    const mac = menuTemplate('darwin', false);
    expect(topLabels(mac)).toEqual(['Schotvrij', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(roles(mac.slice(0, 1))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(menuTemplate('win32', false))).not.toContain('services');
    expect(roles(menuTemplate('linux', false))).not.toContain('hideOthers');
  });

  it('has exactly one way to quit on each platform', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      expect(roles(menuTemplate(platform, false)).filter((r) => r === 'quit')).toHaveLength(1);
    }
  });

  it('hides reload and DevTools in production', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const prod = roles(menuTemplate(platform, false));
      expect(prod).not.toContain('reload');
      expect(prod).not.toContain('forceReload');
      expect(prod).not.toContain('toggleDevTools');
      expect(roles(menuTemplate(platform, true))).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    }
  });

  it('labels every item in Dutch (no English role defaults leak through)', () => {
    const english = /^(File|Edit|View|Window|Help me|Undo|Redo|Cut|Copy|Paste|Select All|Quit|Close|Minimize|Zoom|Reload|About)\b/;
    for (const platform of ['darwin', 'win32', 'linux']) {
      for (const item of flat(menuTemplate(platform, true))) {
        if (item.type === 'separator') continue;
        expect(item.label, JSON.stringify(item)).toBeTruthy();
        expect(item.label).not.toMatch(english);
      }
    }
  });

  it('keeps the zoom items in production (readability for every user)', () => {
    expect(roles(menuTemplate('win32', false))).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('wires custom items to the actions, and help links only to allowlisted sites', () => {
    const opened: string[] = [];
    let folders = 0;
    const items = flat(menuTemplate('linux', false, { openExternal: (u) => opened.push(u), showDataFolder: () => folders++ }));
    for (const item of items) item.click?.();
    expect(opened).toEqual(HELP_LINKS.map((l) => l.url));
    expect(folders).toBe(1);
    for (const l of HELP_LINKS) expect(isAllowedExternalUrl(l.url), l.url).toBe(true);
  });

  it('is plain data: serialisable apart from click handlers', () => {
    const json = JSON.parse(JSON.stringify(menuTemplate('darwin', true))) as MenuItemSpec[];
    expect(topLabels(json)).toEqual(topLabels(menuTemplate('darwin', true)));
  });
});
