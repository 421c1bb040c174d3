/**
 * A JSON-lines text without the records of one conversation (its hashed id), and how many were removed.
 * Lines that are not records are kept as they are: erasing must not destroy what it does not understand.
 */
export function withoutConversation(text: string, conversation: string): { text: string; removed: number } {
  let removed = 0;
  const kept = text.split('\n').filter((line) => {
    if (line.trim() === '' || conversationOf(line) !== conversation) return true;
    removed++;
    return false;
  });
  return { text: kept.join('\n'), removed };
}

function conversationOf(line: string): unknown {
  try {
    return (JSON.parse(line) as { conversation?: unknown } | null)?.conversation;
  } catch {
    return undefined;
  }
}
