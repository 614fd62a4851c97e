-- The public status look-up: GET /api/v1/dossier-status?code=HS-...&phone=<last 4 digits of the applicant's phone>,
-- anonymous, a random pair from PAIRS per request (a file of "<code> <4 digits>" lines, written by run.sh from the
-- dossiers the submission runs created). Every pair is a real submitted dossier, so the expected answer is 200.
-- Usage: PAIRS=pairs.txt wrk -t2 -c32 -d30s --latency -s lookup.lua http://127.0.0.1:18090
local here = os.getenv("BENCH_DIR") or "."
package.path = here .. "/../reports/?.lua;" .. package.path
local common = require("common")
common.expected = 200

local paths = {}

setup = common.setup
response = common.response
done = common.done

function init(args)
   math.randomseed(os.time() * 100 + (thread_id or 0))
   local f = assert(io.open(os.getenv("PAIRS") or error("lookup.lua: set PAIRS to a file of '<code> <digits>' lines")))
   for line in f:lines() do
      local code, digits = string.match(line, "^(HS%-[%d%-]+)%s+(%d%d%d%d)%s*$")
      if code then table.insert(paths, "/api/v1/dossier-status?code=" .. code .. "&phone=" .. digits) end
   end
   f:close()
   if #paths == 0 then error("lookup.lua: no pairs in " .. os.getenv("PAIRS")) end
end

function request()
   return wrk.format("GET", paths[math.random(#paths)], { ["Accept"] = "application/json" }, nil)
end
