/**
 * The Lua scripts of the Redis conversation store. Each runs atomically in Redis, so two instances serving
 * one conversation never hand out the same watermark or lose a byte of the budgets.
 *
 * Keys, under the prefix P (ARGV[1]):
 *   P c:<id>     hash: user, started (0/1), wm (last watermark), bytes, last (ms of the last post)
 *   P a:<id>     list of activities, oldest first, each `{"w":<watermark>,"id":"<id>","a":<activity>}`;
 *                watermarks are consecutive (only the oldest are dropped), so a poll reads its tail by index
 *   P t:<id>     list of the conversation's valid tokens, newest last
 *   P tok:<tok>  the conversation id a token opens
 *   P convs      sorted set of live conversation ids by last post (ms): count bound and idle sweep
 *   P sizes      hash: bytes kept per conversation (no expiry, so that the sweep can give them back)
 *   P bytes      bytes kept over all conversations
 * Every per-conversation key expires after the idle time plus a grace, refreshed by each post, so that an
 * idle conversation leaves Redis even if no instance sweeps; the sweep gives its bytes back to the budget.
 */

/** Deletes a conversation and gives its bytes back (a local function of the scripts that sweep). */
const drop = `
local function drop(p, id)
  local size = redis.call('HGET', p .. 'sizes', id)
  if size then
    redis.call('DECRBY', p .. 'bytes', size)
    redis.call('HDEL', p .. 'sizes', id)
  end
  for _, token in ipairs(redis.call('LRANGE', p .. 't:' .. id, 0, -1)) do redis.call('DEL', p .. 'tok:' .. token) end
  redis.call('DEL', p .. 'c:' .. id, p .. 'a:' .. id, p .. 't:' .. id)
  redis.call('ZREM', p .. 'convs', id)
end
`;

/** ARGV: P, id, userId, token, now, idleMs, ttlMs, maxConversations, maxTotalBytes, maxConversationBytes. Returns 1, or 0 when full. */
export const createScript = `${drop}
local p, id, user, token = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local now, idle, ttl = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local maxConversations, maxTotal, maxConversation = tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
for _, old in ipairs(redis.call('ZRANGEBYSCORE', p .. 'convs', '-inf', now - idle, 'LIMIT', 0, 200)) do drop(p, old) end
if redis.call('ZCARD', p .. 'convs') >= maxConversations then return 0 end
if tonumber(redis.call('GET', p .. 'bytes') or '0') + maxConversation > maxTotal then return 0 end
local key = p .. 'c:' .. id
redis.call('HSET', key, 'user', user, 'started', '0', 'wm', '0', 'bytes', '0', 'last', now)
redis.call('PEXPIRE', key, ttl)
redis.call('ZADD', p .. 'convs', now, id)
redis.call('RPUSH', p .. 't:' .. id, token)
redis.call('PEXPIRE', p .. 't:' .. id, ttl)
redis.call('SET', p .. 'tok:' .. token, id, 'PX', ttl)
return 1
`;

/**
 * ARGV: P, id, maxActivities, maxConversationBytes, maxTotalBytes, visitor post time in ms ('' = not a visitor's
 * post), ttlMs, then one activity JSON (without id) per activity. Returns their ids in order, or nil when the
 * conversation is gone. The oldest activities past the budgets are dropped, the newest always kept (as the
 * memory store does); a visitor's post restarts the idle countdown of every key of the conversation.
 */
export const appendScript = `
local p, id = ARGV[1], ARGV[2]
local maxActivities, maxConversation, maxTotal = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local postedAt, ttl = ARGV[6], ARGV[7]
local key, list = p .. 'c:' .. id, p .. 'a:' .. id
if redis.call('EXISTS', key) == 0 then return nil end
local ids, length, bytes, total = {}, 0, 0, 0
for i = 8, #ARGV do
  local wm = redis.call('HINCRBY', key, 'wm', 1)
  local activityId = id .. '|' .. string.format('%07d', wm)
  local entry = '{"w":' .. wm .. ',"id":' .. cjson.encode(activityId) .. ',"a":' .. ARGV[i] .. '}'
  local size = string.len(entry)
  length = redis.call('RPUSH', list, entry)
  bytes = redis.call('HINCRBY', key, 'bytes', size)
  redis.call('HINCRBY', p .. 'sizes', id, size)
  total = redis.call('INCRBY', p .. 'bytes', size)
  ids[#ids + 1] = activityId
end
while length > 1 and (length > maxActivities or bytes > maxConversation or total > maxTotal) do
  local dropped = string.len(redis.call('LPOP', list))
  length = length - 1
  bytes = redis.call('HINCRBY', key, 'bytes', -dropped)
  redis.call('HINCRBY', p .. 'sizes', id, -dropped)
  total = redis.call('DECRBY', p .. 'bytes', dropped)
end
if postedAt ~= '' then
  redis.call('HSET', key, 'last', postedAt)
  redis.call('ZADD', p .. 'convs', 'XX', postedAt, id)
  for _, name in ipairs({ key, p .. 't:' .. id }) do redis.call('PEXPIRE', name, ttl) end
  for _, token in ipairs(redis.call('LRANGE', p .. 't:' .. id, 0, -1)) do redis.call('PEXPIRE', p .. 'tok:' .. token, ttl) end
end
redis.call('PEXPIRE', list, redis.call('PTTL', key))
return ids
`;

/** ARGV: P, token. Returns { conversation id, user id, started, last post ms } of the token's conversation, or nil. */
export const lookupScript = `
local id = redis.call('GET', ARGV[1] .. 'tok:' .. ARGV[2])
if not id then return nil end
local fields = redis.call('HMGET', ARGV[1] .. 'c:' .. id, 'user', 'started', 'last')
if not fields[1] then return nil end
return { id, fields[1], fields[2], fields[3] }
`;

/** ARGV: P, id, after (watermark). Returns { last watermark, entries after it }. */
export const sinceScript = `
local p, id, after = ARGV[1], ARGV[2], tonumber(ARGV[3])
local wm = tonumber(redis.call('HGET', p .. 'c:' .. id, 'wm') or '0')
local list = p .. 'a:' .. id
local first = after - wm + redis.call('LLEN', list)
if first < 0 then first = 0 end
return { wm, redis.call('LRANGE', list, first, -1) }
`;

/** ARGV: P, id, token, tokens kept. Returns 1, or 0 when the conversation is gone. */
export const issueTokenScript = `
local p, id, token, kept = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local ttl = redis.call('PTTL', p .. 'c:' .. id)
if ttl <= 0 then return 0 end
local tokens = p .. 't:' .. id
redis.call('RPUSH', tokens, token)
redis.call('SET', p .. 'tok:' .. token, id, 'PX', ttl)
while redis.call('LLEN', tokens) > kept do redis.call('DEL', p .. 'tok:' .. redis.call('LPOP', tokens)) end
redis.call('PEXPIRE', tokens, ttl)
return 1
`;

/** ARGV: P, id. Returns 1 for the one call that marks the conversation started. */
export const markStartedScript = `
local key = ARGV[1] .. 'c:' .. ARGV[2]
if redis.call('HGET', key, 'started') ~= '0' then return 0 end
redis.call('HSET', key, 'started', '1')
return 1
`;

/** KEYS[1]: the lock; ARGV[1]: its owner. Releases the lock only if it is still ours. */
export const unlockScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
