-- GET the URL given to wrk (feed, filtered feed or the HTML page) and count the statuses.
-- Usage: wrk -s get.lua --latency http://127.0.0.1:18080/api/v1/reports?page=0&size=20
package.path = (os.getenv("BENCH_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
common.expected = 200

setup = common.setup
response = common.response
done = common.done
