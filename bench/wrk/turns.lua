-- wrk script: each request is one turn of a fresh conversation (and a fresh user) with deliveryMode expectReplies,
-- its text taken in turn from a file of JSON string literals (one per line).
-- usage: wrk -t T -c C -d D -s turns.lua http://127.0.0.1:PORT/api/messages -- TEXTS_FILE RUN_TAG
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local texts = {}
local counter = 0
local tag = "run"

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(texts, line) end
  end
  tag = args[2] or tag
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local text = texts[(counter % #texts) + 1]
  local id = string.format("%s-%d-%d", tag, tid, counter)
  local body = '{"type":"message","id":"' .. id .. '","channelId":"emulator","serviceUrl":"http://127.0.0.1:1",'
    .. '"from":{"id":"user-' .. id .. '","role":"user"},"recipient":{"id":"bot"},"conversation":{"id":"conv-' .. id .. '"},'
    .. '"locale":"id-ID","deliveryMode":"expectReplies","text":' .. text .. '}'
  return wrk.format(nil, nil, nil, body)
end

-- One machine-readable line for the bench (latencies in microseconds).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
