-- A whole dossier submission per cycle, as a small state machine per wrk thread:
--   start   POST /api/v1/dossiers (birth registration 1.001193, a unique submissionKey)       -> 201, code + requirements
--   upload  POST /api/v1/dossiers/{code}/documents?requirement=<i> (multipart, part "file" = a real PDF), once for
--           every requirement with "required":true                                            -> 201
--   submit  POST /api/v1/dossiers/{code}/submit                                                -> 200, one dossier done
-- Any unexpected answer abandons the dossier (it stays a draft) and the thread starts a new one.
--
-- Run it with as many wrk threads as connections (wrk -tN -cN): one connection per thread, so each response
-- belongs to the request this thread sent last. Each thread acts as one bench resident: thread n uses the n-th
-- token of TOKEN (space-separated, reused round-robin when there are fewer tokens than threads).
--
-- Besides common.lua's RESULT line (all HTTP requests together), done() prints
--   DOSSIERS completed=<n> per_s=<x> abandoned=<n> started=<n>
--   KIND <start|upload|submit|dossier> n=... p50_us=... p90_us=... p99_us=... max_us=... mean_us=...
-- where "dossier" is the wall time from sending the start request to the submit answer.
--
-- Environment: TOKEN (required), PDF (path of the PDF to upload, required), RUN_ID (with a nonce per wrk run and
-- thread, makes the submissionKeys unique), BENCH_DIR (this folder; common.lua is taken from ../reports).
-- Usage: TOKEN="..." PDF=/tmp/x.pdf wrk -t8 -c8 -d30s -s submit.lua http://127.0.0.1:18090
local here = os.getenv("BENCH_DIR") or "."
package.path = here .. "/../reports/?.lua;" .. here .. "/?.lua;" .. package.path
local common = require("common")
local stats = require("stats")

local tokens = {}
for t in string.gmatch(os.getenv("TOKEN") or "", "%S+") do table.insert(tokens, "Bearer " .. t) end
if #tokens == 0 then error("submit.lua: set TOKEN to the bench residents' access tokens (space-separated)") end
local run_id = os.getenv("RUN_ID") or tostring(os.time())
local boundary = "----opencity-bench-7f3a9c"

-- per-thread state (each wrk thread has its own Lua state)
local auth, pdf_part_head, pdf_part_tail, pdf
local state, code, pending, counter, sent_at, dossier_at = "start", nil, {}, 0, 0, 0
local nonce -- per wrk run and thread: the warm-up and the measured runs must not reuse a submissionKey
lat_start, lat_upload, lat_submit, lat_dossier = {}, {}, {}, {}
completed, abandoned, started = 0, 0, 0
statuses = {}
sample = nil

function setup(thread)
   common.setup(thread)
   stats.track(thread)
end

function init(args)
   local id = thread_id or 1
   auth = tokens[((id - 1) % #tokens) + 1]
   math.randomseed(os.time() * 100 + id)
   nonce = string.format("%d%04d", os.time(), math.random(9999))
   local f = assert(io.open(os.getenv("PDF") or error("submit.lua: set PDF to the path of a small PDF"), "rb"))
   pdf = f:read("*a")
   f:close()
   pdf_part_head = "--" .. boundary .. "\r\n" ..
      'Content-Disposition: form-data; name="file"; filename="giay-chung-sinh.pdf"\r\n' ..
      "Content-Type: application/pdf\r\n\r\n"
   pdf_part_tail = "\r\n--" .. boundary .. "--\r\n"
end

local function start_request()
   counter = counter + 1
   local body = string.format(
      '{"procedureCode":"1.001193","submissionKey":"bench-%s-%s-%d-%d","form":{"childFullName":"Nguyễn Minh An %d",' ..
      '"childBirthDate":"2026-11-01","childSex":"%s","birthPlace":"Bệnh viện Phụ sản Hà Nội",' ..
      '"motherFullName":"Trần Thị Bình"}}',
      run_id, nonce, thread_id or 1, counter, counter, (counter % 2 == 0) and "Nam" or "Nữ")
   return wrk.format("POST", "/api/v1/dossiers", {
      ["Authorization"] = auth, ["Content-Type"] = "application/json", ["Accept"] = "application/json",
   }, body)
end

function request()
   sent_at = stats.now_us()
   if state == "start" then
      dossier_at = sent_at
      return start_request()
   elseif state == "upload" then
      return wrk.format("POST", "/api/v1/dossiers/" .. code .. "/documents?requirement=" .. pending[1], {
         ["Authorization"] = auth, ["Accept"] = "application/json",
         ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
      }, pdf_part_head .. pdf .. pdf_part_tail)
   else
      return wrk.format("POST", "/api/v1/dossiers/" .. code .. "/submit", {
         ["Authorization"] = auth, ["Accept"] = "application/json",
      }, nil)
   end
end

-- the indices of the required requirements in a start answer (Jackson may order the fields either way)
local function required_indices(body)
   local list = {}
   local from = string.find(body, '"requirements":%[')
   if not from then return list end
   local to = string.find(body, "%]", from) or #body
   for obj in string.gmatch(string.sub(body, from, to), "{([^{}]*)}") do
      local index = string.match(obj, '"index":(%d+)')
      if index and string.find(obj, '"required":true', 1, true) then table.insert(list, index) end
   end
   return list
end

local function unexpected(status, body)
   if sample == nil then sample = state .. " " .. status .. " " .. string.sub(body or "", 1, 300) end
   abandoned = abandoned + 1
   state, code, pending = "start", nil, {}
end

function response(status, headers, body)
   local now = stats.now_us()
   statuses[status] = (statuses[status] or 0) + 1
   local took = now - sent_at
   if state == "start" then
      table.insert(lat_start, took)
      if status ~= 201 then return unexpected(status, body) end
      started = started + 1
      code = string.match(body or "", '"code":"(HS%-[^"]+)"')
      if not code then return unexpected(status, body) end
      pending = required_indices(body)
      state = (#pending > 0) and "upload" or "submit"
   elseif state == "upload" then
      table.insert(lat_upload, took)
      if status ~= 201 then return unexpected(status, body) end
      table.remove(pending, 1)
      if #pending == 0 then state = "submit" end
   else
      table.insert(lat_submit, took)
      if status ~= 200 then return unexpected(status, body) end
      completed = completed + 1
      table.insert(lat_dossier, now - dossier_at)
      state, code = "start", nil
   end
end

function done(summary, latency, requests)
   common.done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local sums = stats.sum_counts({ "completed", "abandoned", "started" })
   io.write(string.format("DOSSIERS completed=%d per_s=%.1f abandoned=%d started=%d\n",
      sums.completed, sums.completed / seconds, sums.abandoned, sums.started))
   for _, kind in ipairs({ "start", "upload", "submit", "dossier" }) do
      io.write(stats.kind_line(kind, stats.merged("lat_" .. kind)))
   end
end
