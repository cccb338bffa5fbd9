/**
 * The Lua the Redis LimitStore runs. Written here rather than taken from a rate-limit library: a request must check
 * several token buckets (usage plan, stage/method, account), take a token from each only if all have one, and then
 * check and count the usage-plan quota, atomically and in one round trip. The well-kept libraries offer one bucket
 * or one fixed window per call, not that.
 *
 * Times come from the calling runtime (ARGV), not Redis TIME, so a runtime's test clock moves its limits too; runtimes
 * sharing a Redis are expected to keep their clocks in sync (NTP), and a bucket never refills backwards.
 * Not for Redis Cluster as written: one script touches keys in several hash slots.
 */

/**
 * KEYS: the buckets, then the quota counter when there is one.
 * ARGV: nowMs, bucket count, then rateLimit and burstLimit per bucket, then (with a quota) its limit and its TTL in ms.
 * Returns 0 admitted, 1 throttled, 2 quota exceeded.
 */
export const ADMIT_SCRIPT = `
local now = tonumber(ARGV[1])
local count = tonumber(ARGV[2])
local tokens = {}
for i = 1, count do
  local rate = tonumber(ARGV[1 + 2 * i])
  local burst = tonumber(ARGV[2 + 2 * i])
  local state = redis.call('HMGET', KEYS[i], 't', 'u')
  local t = burst
  if state[1] then
    local elapsed = now - tonumber(state[2])
    if elapsed < 0 then elapsed = 0 end
    t = tonumber(state[1]) + elapsed * rate / 1000
    if t > burst then t = burst end
  end
  if t < 1 then return 1 end
  tokens[i] = t
end
for i = 1, count do
  local rate = tonumber(ARGV[1 + 2 * i])
  local burst = tonumber(ARGV[2 + 2 * i])
  local left = tokens[i] - 1
  local state = redis.call('HGET', KEYS[i], 'u')
  local updated = now
  if state and tonumber(state) > now then updated = tonumber(state) end
  redis.call('HSET', KEYS[i], 't', tostring(left), 'u', tostring(updated))
  if rate > 0 then
    -- An absent bucket is a full one, so the key only has to live until it would have refilled.
    redis.call('PEXPIRE', KEYS[i], math.ceil((burst - left) * 1000 / rate) + 1000)
  else
    redis.call('PERSIST', KEYS[i])
  end
end
if #KEYS > count then
  local limit = tonumber(ARGV[3 + 2 * count])
  local ttl = tonumber(ARGV[4 + 2 * count])
  local used = tonumber(redis.call('GET', KEYS[count + 1]) or '0')
  if used >= limit then return 2 end
  redis.call('INCR', KEYS[count + 1])
  redis.call('PEXPIRE', KEYS[count + 1], ttl)
end
return 0
`;

/**
 * UpdateUsage, once per adjustment id however many runtimes apply it: the marker is SET NX, the counter set only
 * by whoever set the marker. KEYS: marker, counter. ARGV: used, TTL in ms. Returns 1 when applied, 0 when it was already.
 */
export const ADJUST_SCRIPT = `
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[2]) then
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
`;
