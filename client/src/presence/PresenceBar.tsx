/** Who is here: this planner (click to change name and colour) and each colleague, in their colour. */
import { useTranslation } from 'react-i18next';
import { namedProfile, saveProfile } from '../session/userProfile.js';
import { ask } from '../ui/dialogs.js';
import { useStore } from '../ui/store.js';
import type { PresenceTracker } from './PresenceTracker.js';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

export function PresenceBar({ presence }: { presence: PresenceTracker }): React.JSX.Element {
  const { t } = useTranslation();
  const peers = useStore(presence.peers);
  const profile = useStore(presence.profile);

  const changeName = async (): Promise<void> => {
    const name = await ask({ title: t('presence.nameTitle'), label: t('presence.nameLabel'), initial: profile.named ? profile.name : '', confirmLabel: t('common.save') });
    const next = name === null ? null : namedProfile(profile, name);
    if (!next) return;
    saveProfile(localStorage, next);
    presence.setProfile(next);
  };

  return (
    <div className="presence" aria-label={t('presence.label')} role="group">
      {peers.map((peer) => (
        <span key={peer.clientId} className="avatar" style={{ background: peer.colour }} title={peer.viewer ? t('presence.peerViewer', { name: peer.name }) : peer.name}>
          {initials(peer.name)}
        </span>
      ))}
      <button className={`me${profile.named ? '' : ' unnamed'}`} onClick={() => void changeName()} title={t('presence.changeName')}>
        <span className="avatar" style={{ background: profile.colour }} aria-hidden="true">
          {initials(profile.name)}
        </span>
        {profile.named ? profile.name : t('presence.askName')}
      </button>
    </div>
  );
}
