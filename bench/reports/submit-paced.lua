-- submit.lua at a fixed rate: RATE submissions per second in all (environment, default 300), shared by the
-- THREADS wrk threads (environment, default 1; give the same number as wrk's -t). wrk 4 has no rate option and
-- wrk2 is not packaged for Debian, so delay() gives each request a slot on a schedule (monotonic clock through
-- LuaJIT's ffi) and waits for it. The schedule does not reset after a stall: late slots are sent at once, as
-- arrivals of an open stream would be, but never more at a time than there are connections; if the server
-- answers too slowly for the connections given, the measured rate falls below RATE (read `rps` in RESULT).
-- Usage: TOKEN="..." RATE=300 THREADS=1 wrk -t1 -c32 -s submit-paced.lua --latency http://127.0.0.1:18080/api/v1/reports
package.path = (os.getenv("BENCH_DIR") or ".") .. "/?.lua;" .. package.path
dofile((os.getenv("BENCH_DIR") or ".") .. "/submit.lua")

local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
   int clock_gettime(int clock, bench_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("bench_timespec")

local function now_ms()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
   return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local rate = tonumber(os.getenv("RATE") or "300")
local threads = tonumber(os.getenv("THREADS") or "1")
local interval_ms = 1000 * threads / rate
local next_slot = nil

local submit_init = init
function init(args)
   submit_init(args)
   next_slot = now_ms()
end

-- wrk calls delay() before every request on a connection and waits that many milliseconds.
function delay()
   next_slot = next_slot + interval_ms
   local wait = next_slot - now_ms()
   if wait < 0 then
      return 0
   end
   return math.floor(wait)
end
