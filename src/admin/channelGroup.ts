import type { ChannelGroup } from './dashboardTypes';

/** Bot Framework channel ids -> the page's groups. Web Chat over Direct Line (ours or Azure's) is the website. */
const GROUPS: Record<string, ChannelGroup> = {
  webchat: 'site',
  directline: 'site',
  msteams: 'teams',
  emulator: 'emulator',
};

export function channelGroup(channelId: string): ChannelGroup {
  return GROUPS[channelId.toLowerCase()] ?? 'autre';
}
