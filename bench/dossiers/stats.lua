-- Helpers of the dossier scripts on top of ../reports/common.lua: a monotonic clock in microseconds (LuaJIT FFI,
-- wrk is linked with LuaJIT), and sums and percentiles over values that every thread keeps in a global table.
-- Each script calls stats.track(thread) in its setup(), next to common.setup(thread).
local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } opencity_bench_timespec;
   int clock_gettime(int clock_id, opencity_bench_timespec *tp);
]]
local ts = ffi.new("opencity_bench_timespec")
local CLOCK_MONOTONIC = 1

local stats = {}

function stats.now_us()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
   return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
end

-- wrk runs setup() and done() in the main Lua state: the thread handles are kept there.
local threads = {}
function stats.track(thread) table.insert(threads, thread) end

-- every value of global table `name` across the threads, sorted
function stats.merged(name)
   local all = {}
   for _, thread in ipairs(threads) do
      local values = thread:get(name) or {}
      for _, v in ipairs(values) do table.insert(all, v) end
   end
   table.sort(all)
   return all
end

-- sums of global numbers across the threads
function stats.sum_counts(names)
   local sums = {}
   for _, n in ipairs(names) do sums[n] = 0 end
   for _, thread in ipairs(threads) do
      for _, n in ipairs(names) do sums[n] = sums[n] + (thread:get(n) or 0) end
   end
   return sums
end

local function pct(sorted, p)
   if #sorted == 0 then return 0 end
   local i = math.ceil(p / 100 * #sorted)
   if i < 1 then i = 1 end
   return sorted[i]
end

function stats.kind_line(kind, sorted)
   local sum = 0
   for _, v in ipairs(sorted) do sum = sum + v end
   return string.format("KIND %s n=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f\n", kind, #sorted,
      pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[#sorted] or 0, #sorted > 0 and sum / #sorted or 0)
end

return stats
