"""Leases, not pops: a request taken from the shared queue stays in Redis until it is done.

scrapy-redis pops a request out of the queue; if the process that took it dies before the
request's outcome (its items and follow-up requests) reaches Redis, the request is gone. Here
the pop *moves* the request, in one Lua script, from the queue into the lease keys::

    <key>:leases   zset  lease id -> deadline (ms, Redis server time)
    <key>:leased   hash  lease id -> the request entry exactly as it sat in the queue
    <key>:requeued set   lease ids re-queued (a late ack is told apart from a repeated one)
    <key>:lease-stats hash  requeued / withdrawn / delivered_twice / fake counters

A lease id is ``<process>|<n>|<queue score>``: who holds it, the n-th request that process
took (its count in ``<key>:popped``, bumped in the same script), and the priority to re-queue
it with. Deadlines use Redis' own clock (``TIME``), so machines' clocks never matter.

* The holder **renews** the deadlines of the requests it still works on (``renew``), every
  heartbeat or so; a lease it has lost (expired and re-queued while it was stalled) is not
  resurrected (``ZADD XX``).
* It **acknowledges** a request (``ack``) once the request has left its engine: the callback's
  items are on the items list (workers) or in the store (coordinator) and its follow-up
  requests are in the queue. An ack of a lease that was re-queued meanwhile comes late: the
  holder then withdraws the copy from the queue if nobody has taken it yet (``withdrawn``),
  else both outcomes arrive (``delivered_twice``) and the store's upserts keep one. Acking a
  lease again changes nothing.
* Any process **re-queues** expired leases (``reap``): the request goes back into the queue
  with its priority, to be crawled by whoever takes it next. A lease with a deadline further
  out than any holder could have set, or without its request, is not one a process of the audit
  wrote: it is reaped at once (a Redis writer cannot hold an audit open with a fake lease).
  When nobody has reaped for longer than a TTL, Redis itself was away (a restart) or every
  process stalled: nobody could renew either, so the expired leases get one more TTL instead of
  every request in flight being crawled again.

Because a request's follow-ups are queued before it is acknowledged and the pop is atomic, "the
queue is empty and no lease is outstanding" means nothing is left to crawl anywhere, whatever
the processes' heartbeats say.

This module needs only ``redis``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

#: seconds a lease lasts without renewal: a process silent this long loses its requests
LEASE_TTL = 30.0
#: a deadline further than this many TTLs ahead was not written by a process of the audit
FAKE_HORIZON = 3

_NOW = """
redis.replicate_commands()
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

#: KEYS: queue, popped, leases, leased; ARGV: owner, ttl (ms). The best request, leased.
POP = _NOW + """
local head = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #head == 0 then return false end
redis.call('ZREM', KEYS[1], head[1])
local n = redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
local id = ARGV[1] .. '|' .. n .. '|' .. head[2]
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[2]), id)
redis.call('HSET', KEYS[4], id, head[1])
return {id, head[1]}
"""

#: KEYS: leases, leased, requeued; ARGV: lease ids. Returns the ids that were re-queued before
#: this ack (late); an id acked already is neither.
ACK = """
local late = {}
for i = 1, #ARGV do
  redis.call('ZREM', KEYS[1], ARGV[i])
  redis.call('HDEL', KEYS[2], ARGV[i])
  if redis.call('SREM', KEYS[3], ARGV[i]) == 1 then table.insert(late, ARGV[i]) end
end
return late
"""

#: KEYS: leases; ARGV: ttl (ms), lease ids. Returns the ids no longer leased (lost).
RENEW = _NOW + """
local lost = {}
local deadline = now + tonumber(ARGV[1])
for i = 2, #ARGV do
  if redis.call('ZADD', KEYS[1], 'XX', 'CH', deadline, ARGV[i]) == 0
      and not redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    table.insert(lost, ARGV[i])
  end
end
return lost
"""

#: KEYS: queue, stats; ARGV: entries whose lease was gone when acked. Each is taken back out of
#: the queue if still there (nobody crawled the copy), else counted as delivered twice.
WITHDRAW = """
local withdrawn = 0
for i = 1, #ARGV do
  if redis.call('ZREM', KEYS[1], ARGV[i]) == 1 then
    withdrawn = withdrawn + 1
    redis.call('HINCRBY', KEYS[2], 'withdrawn', 1)
  else
    redis.call('HINCRBY', KEYS[2], 'delivered_twice', 1)
  end
end
return withdrawn
"""

#: KEYS: leases, leased, queue, stats, requeued; ARGV: max, horizon (ms), owner ('' = any),
#: force (1/0), ttl (ms). When nobody has reaped for a whole TTL (``clock`` in the stats hash),
#: Redis was away (a restart) or every process stalled: the expired leases get one more TTL for
#: their holders to renew, instead of all being crawled again.
#: Expired leases (or, forced, every lease of ``owner``) back into the queue; returns their ids.
REAP = _NOW + """
local ids
if ARGV[4] == '1' then
  ids = {}
  local prefix = ARGV[3] .. '|'
  for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
    if string.sub(id, 1, #prefix) == prefix then table.insert(ids, id) end
  end
else
  if redis.call('ZCARD', KEYS[1]) == 0 then return {} end  -- nothing leased (or audit over)
  local last = tonumber(redis.call('HGET', KEYS[4], 'clock') or '0') or 0
  redis.call('HSET', KEYS[4], 'clock', now)
  redis.call('PEXPIRE', KEYS[4], 86400000)  -- a process outliving its audit leaves no key
  if last > 0 and now - last > tonumber(ARGV[5]) then
    for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)) do
      redis.call('ZADD', KEYS[1], now + tonumber(ARGV[5]), id)
    end
    return {}
  end
  ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
  local fake = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (now + tonumber(ARGV[2])), '+inf',
                          'LIMIT', 0, tonumber(ARGV[1]))
  for _, id in ipairs(fake) do table.insert(ids, id) end
end
local out = {}
for _, id in ipairs(ids) do
  local entry = redis.call('HGET', KEYS[2], id)
  redis.call('ZREM', KEYS[1], id)
  redis.call('HDEL', KEYS[2], id)
  if entry then
    local score = tonumber(string.match(id, '|([^|]*)$')) or 0
    redis.call('ZADD', KEYS[3], score, entry)
    redis.call('HINCRBY', KEYS[4], 'requeued', 1)
    redis.call('SADD', KEYS[5], id)
    table.insert(out, id)
  else
    redis.call('HINCRBY', KEYS[4], 'fake', 1)
  end
end
return out
"""


def owner_of(lease_id: str) -> str:
    """The process that holds a lease.

    >>> owner_of("host:12:ab|7|-100")
    'host:12:ab'
    """
    return lease_id.rsplit("|", 2)[0]


def _text(value: Any) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)


@dataclass(frozen=True)
class LeaseKeys:
    """The Redis keys one audit's leases use (see the module docstring)."""

    queue: str
    popped: str
    leases: str
    leased: str
    stats: str
    requeued: str

    @classmethod
    def for_audit(cls, base: str) -> LeaseKeys:
        return cls(queue=f"{base}:requests", popped=f"{base}:popped", leases=f"{base}:leases",
                   leased=f"{base}:leased", stats=f"{base}:lease-stats",
                   requeued=f"{base}:requeued")


class Leases:
    """The lease scripts of one audit, bound to a Redis client (scripts are loaded once and
    run by their SHA; redis-py reloads them after a Redis restart)."""

    def __init__(self, client: Any, keys: LeaseKeys, ttl: float = LEASE_TTL):
        self.client = client
        self.keys = keys
        self.ttl = ttl
        self._pop = client.register_script(POP)
        self._ack = client.register_script(ACK)
        self._renew = client.register_script(RENEW)
        self._withdraw = client.register_script(WITHDRAW)
        self._reap = client.register_script(REAP)

    @property
    def _reap_keys(self) -> list[str]:
        k = self.keys
        return [k.leases, k.leased, k.queue, k.stats, k.requeued]

    @property
    def ttl_ms(self) -> int:
        return max(1, int(self.ttl * 1000))

    def pop(self, owner: str) -> tuple[str, bytes] | None:
        """The best queued request, leased to ``owner``: (lease id, entry), or None."""
        k = self.keys
        out = self._pop(keys=[k.queue, k.popped, k.leases, k.leased],
                        args=[owner, self.ttl_ms])
        if not out:
            return None
        return _text(out[0]), out[1]

    def renew(self, ids: list[str]) -> list[str]:
        """Push the deadlines of ``ids`` one TTL ahead; returns those already lost."""
        lost: list[str] = []
        for start in range(0, len(ids), 500):
            lost += [_text(i) for i in self._renew(keys=[self.keys.leases],
                                                   args=[self.ttl_ms, *ids[start:start + 500]])]
        return lost

    def ack(self, done: dict[str, bytes]) -> int:
        """Acknowledge finished requests (lease id -> the entry popped). A lease re-queued
        meanwhile: its copy is withdrawn from the queue if nobody took it yet, else counted as
        delivered twice. Idempotent. Returns how many acks came late."""
        if not done:
            return 0
        ids = list(done)
        gone: list[str] = []
        k = self.keys
        for start in range(0, len(ids), 500):
            gone += [_text(i) for i in self._ack(keys=[k.leases, k.leased, k.requeued],
                                                 args=ids[start:start + 500])]
        if gone:
            withdrawn = self._withdraw(keys=[self.keys.queue, self.keys.stats],
                                       args=[done[i] for i in gone])
            log.warning("%d request(s) finished after their lease expired (this process "
                        "stalled); %d re-queued copies withdrawn, %d crawled twice", len(gone),
                        withdrawn, len(gone) - int(withdrawn))
        return len(gone)

    def reap(self, limit: int = 1000) -> list[str]:
        """Re-queue expired leases (and fake ones: see the module docstring); returns the
        lease ids re-queued."""
        horizon = int(self.ttl_ms * FAKE_HORIZON)
        ids = [_text(i) for i in self._reap(keys=self._reap_keys,
                                            args=[limit, horizon, "", "0", self.ttl_ms])]
        if ids:
            owners = sorted({owner_of(i) for i in ids})
            log.warning("re-queued %d request(s) whose lease expired (held by %s: process "
                        "gone or stalled)", len(ids), ", ".join(owners))
        return ids

    def release(self, owner: str) -> list[str]:
        """Give every lease ``owner`` holds back to the queue now (a process that stops with
        requests unfinished, so nobody waits for the leases to expire)."""
        return [_text(i) for i in self._reap(keys=self._reap_keys,
                                             args=[0, 0, owner, "1", self.ttl_ms])]

    def stats(self) -> dict[str, int]:
        """The counters: requeued, withdrawn, delivered_twice, fake."""
        out = {}
        for name, value in self.client.hgetall(self.keys.stats).items():
            if name == b"clock":  # when the last reap ran, not a count
                continue
            try:
                out[_text(name)] = int(value)
            except ValueError:
                continue
        return out


@dataclass(frozen=True)
class LeaseView:
    """Outstanding leases at one instant: how many each process holds and the soonest
    deadline (seconds from now, Redis' clock; negative when already expired)."""

    held: dict[str, int]
    oldest: dict[str, float]

    @property
    def total(self) -> int:
        return sum(self.held.values())


def read_leases(client: Any, keys: LeaseKeys) -> LeaseView:
    """Every outstanding lease, by holder (for ``worker --status`` and the progress line)."""
    with client.pipeline(transaction=True) as pipe:
        pipe.time()
        pipe.zrange(keys.leases, 0, -1, withscores=True)
        (sec, usec), entries = pipe.execute()
    now_ms = sec * 1000 + usec // 1000
    held: dict[str, int] = {}
    oldest: dict[str, float] = {}
    for member, deadline in entries:
        owner = owner_of(_text(member))
        held[owner] = held.get(owner, 0) + 1
        left = (deadline - now_ms) / 1000
        oldest[owner] = min(oldest.get(owner, left), left)
    return LeaseView(held, oldest)
