-- POST /api/v1/reports with a new random JSON report per request, as the resident whose bearer token is in the
-- TOKEN environment variable (several tokens separated by spaces: each request picks one at random).
-- Points are jittered inside Phường Hoàn Kiếm and its neighbours (lat 21.024-21.034, lon 105.848-105.856), all
-- inside Hanoi, so nearly every answer is 201; about 0.2 % of such points fall into the ~2-3 m gaps that the
-- simplified ward boundaries leave between Hoàn Kiếm and Cửa Nam, and the platform answers those with 422
-- (urn:opencity:problem:report-outside-city).
-- Usage: TOKEN=... wrk -s submit.lua --latency http://127.0.0.1:18080/api/v1/reports
package.path = (os.getenv("BENCH_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
common.expected = 201

local tokens = {}
for t in string.gmatch(os.getenv("TOKEN") or "", "%S+") do table.insert(tokens, "Bearer " .. t) end
if #tokens == 0 then error("submit.lua: set TOKEN to a resident's access token (or several, space-separated)") end
local categories = { "ROADS", "LIGHTING", "DRAINAGE", "WASTE", "TREES", "NOISE" }
local problems = {
   "Ổ gà lớn giữa đường, xe máy dễ ngã",
   "Đèn đường không sáng cả tuần nay",
   "Cống thoát nước bị tắc, nước tràn lên vỉa hè",
   "Rác thải tập kết sai giờ, bốc mùi",
   "Cây xanh nghiêng, có nguy cơ đổ khi mưa bão",
   "Tiếng ồn công trình sau 22 giờ",
}
local counter = 0

setup = common.setup
response = common.response
done = common.done

function init(args)
   math.randomseed(os.time() * 100 + (thread_id or 0))
end

function request()
   counter = counter + 1
   local i = math.random(#categories)
   local lat = 21.024 + math.random() * 0.010
   local lon = 105.848 + math.random() * 0.008
   local body = string.format(
      '{"categoryCode":"%s","description":"%s (tải thử %d-%d)","lat":%.6f,"lon":%.6f,"anonymous":false}',
      categories[i], problems[i], thread_id or 0, counter, lat, lon)
   return wrk.format("POST", nil, {
      ["Authorization"] = tokens[math.random(#tokens)],
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
   }, body)
end
