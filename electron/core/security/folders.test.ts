import { describe, expect, it } from 'vitest';
import { folderRisk, folderWarning, folderWarningEn } from './folders';

describe('folder warning', () => {
  it.each([
    ['C:\\Users\\anna\\OneDrive - Zorggroep Maasland\\Schotvrij', 'OneDrive'],
    ['/Users/anna/Library/CloudStorage/OneDrive-Persoonlijk/Schotvrij', 'OneDrive'],
    ['/home/anna/Dropbox/schotvrij', 'Dropbox'],
    ['/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/Schotvrij', 'iCloud'],
    ['G:\\Mijn Drive\\Schotvrij', 'Google Drive'],
    ['/home/anna/Nextcloud/werk', 'Nextcloud/ownCloud'],
  ])('%s is a cloud folder (%s)', (path, service) => {
    expect(folderRisk(path)).toEqual({ kind: 'cloud', service });
    expect(folderWarning(path)).toContain(service);
    expect(folderWarningEn(path)).toContain(service);
  });

  it.each(['\\\\fileserver\\zorg\\schotvrij', '//nas/share/schotvrij', '/net/server/home'])('%s is a network share', (path) => {
    expect(folderRisk(path)).toEqual({ kind: 'network' });
    expect(folderWarning(path)).toMatch(/netwerkschijf/);
  });

  it.each(['C:\\Users\\anna\\AppData\\Roaming\\Schotvrij', '/home/anna/.config/Schotvrij', '/Users/anna/Library/Application Support/Schotvrij', '/home/boxer/data', '/tmp/dropboxes'])(
    '%s is local',
    (path) => {
      expect(folderRisk(path)).toBeNull();
      expect(folderWarning(path)).toBeNull();
    },
  );
});
