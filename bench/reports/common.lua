-- Shared by the wrk scripts of this benchmark: counts HTTP statuses per thread, keeps one sample of an
-- unexpected answer, and prints one machine-readable RESULT line (latencies in microseconds) at the end.
-- wrk runs one Lua state per thread; setup() keeps the thread handles so done() can add up their counts.

local common = {}
local threads = {}
local next_id = 0

function common.setup(thread)
   next_id = next_id + 1
   thread:set("thread_id", next_id)
   table.insert(threads, thread)
end

-- statuses[code] = count, in this thread's Lua state
statuses = {}
sample = nil

function common.response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if sample == nil and status ~= common.expected then
      sample = status .. " " .. string.sub(body or "", 1, 300)
   end
end

function common.done(summary, latency, requests)
   local total = {}
   local first_sample = nil
   for _, thread in ipairs(threads) do
      local counts = thread:get("statuses") or {}
      for code, n in pairs(counts) do
         total[code] = (total[code] or 0) + n
      end
      first_sample = first_sample or thread:get("sample")
   end
   local codes = {}
   for code, _ in pairs(total) do table.insert(codes, code) end
   table.sort(codes)
   local parts = {}
   for _, code in ipairs(codes) do table.insert(parts, code .. ":" .. total[code]) end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT requests=%d seconds=%.2f rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f " ..
      "connect_err=%d read_err=%d write_err=%d timeouts=%d non2xx3xx=%d statuses=%s\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
      e.connect, e.read, e.write, e.timeout, e.status, table.concat(parts, ",")))
   if first_sample then
      io.write("SAMPLE " .. string.gsub(first_sample, "[\r\n]+", " ") .. "\n")
   end
end

return common
