-- Walk-in tickets with wrk: each request POSTs {"service":"<line>"} to /api/v1/service-points/<code>/tickets on a
-- random ward centre of POINTS (a file, one code a line: run.sh writes it from GET /api/v1/service-points?kind=
-- WARD_CENTRE) and a random line of LINES (default "A B C D", as Load.java's take). Closed loop: each connection
-- sends its next ticket when the answer arrives. Expects 201; prints RESULT (../reports/common.lua).
-- Usage: POINTS=points.txt BENCH_DIR=bench/reports wrk -t2 -c64 -d30s --latency -s tickets.lua http://127.0.0.1:18096
package.path = (os.getenv("BENCH_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
common.expected = 201

local points, lines = {}, {}
for code in io.lines(os.getenv("POINTS") or error("tickets.lua: set POINTS")) do
   code = string.gsub(code, "%s+", "")
   if code ~= "" then points[#points + 1] = code end
end
assert(#points > 0, "tickets.lua: no points")
for line in string.gmatch(os.getenv("LINES") or "A B C D", "%S+") do lines[#lines + 1] = line end

local headers = { ["Content-Type"] = "application/json" }

function init(args)
   math.randomseed(os.time() * 1000 + (thread_id or 0))
end

setup = common.setup
response = common.response
done = common.done

function request()
   local point = points[math.random(#points)]
   local line = lines[math.random(#lines)]
   return wrk.format("POST", "/api/v1/service-points/" .. point .. "/tickets", headers,
      '{"service":"' .. line .. '"}')
end
