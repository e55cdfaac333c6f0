-- wrk script: replays pre-generated raw HTTP requests, each exactly once, and prints the run's numbers as JSON.
--
--   wrk -t2 -c16 -d30s --latency -s bench/load/replay.lua http://127.0.0.1:3978 -- /tmp/requests
--
-- Thread i (0-based) reads <prefix>.<i>, written by `AlignmentBot.LoadTest gen-slack|gen-teams`: records of
-- "<length>\n<raw request>". wrk's Lua has no HMAC, so Slack signatures are computed ahead by the generator; the
-- request line and Host header are in the file too, so the URL given to wrk only picks the address to connect to.
-- If a thread runs out of requests it stops and reports "exhausted" (a request is never sent twice): the run is
-- then invalid and run.sh says to raise MAX_RATE.

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

function init(args)
   local prefix = args[1] or error("usage: wrk ... -s replay.lua <url> -- <request file prefix>")
   file = assert(io.open(prefix .. "." .. id, "rb"))
   sent = 0
   exhausted = 0
end

-- Something harmless to hand wrk after the file ran out, while the thread stops.
local fallback = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

function request()
   local length = file:read("*n")
   if length == nil then
      if exhausted == 0 then
         exhausted = 1
         wrk.thread:stop()
      end
      return fallback
   end
   file:read(1) -- the newline after the length
   sent = sent + 1
   return file:read(length)
end

function done(summary, latency, requests)
   local sent, exhausted = 0, 0
   for _, thread in ipairs(threads) do
      sent = sent + (thread:get("sent") or 0)
      exhausted = exhausted + (thread:get("exhausted") or 0)
   end
   local e = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"sent":%d,"exhausted":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,"mean_us":%.1f}\n',
      summary.requests, summary.duration, summary.bytes, sent, exhausted,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
      latency.max, latency.mean))
end
