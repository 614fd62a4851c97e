-- Simulated phone calls against the TwiML voice webhook, as the telephony provider drives them: signed form posts
-- (X-Twilio-Signature, HMAC-SHA1 with the auth token over the URL and the sorted parameters), the next URL taken
-- from the <Gather action> of the reply, and the status callback at the end.
--
-- Run with as many wrk threads as connections (-tN -cN): each thread then owns exactly one connection and is one
-- caller, so the call's state can live in the thread's globals (wrk gives response() no connection handle).
--
-- Each caller makes, one after the other, alternately:
--   a question call: start -> menu; a question by speech at the menu -> answer; 1 (repeat) -> answer again;
--                    2 -> "ask your question"; another question by speech -> answer; hang up (status callback)
--   a status call:   start -> menu; 2 -> "key the dossier code"; the code's digits -> "last four digits of the
--                    phone"; 4 digits -> "not found" (the code is random: a miss, asked for a code again); hang up
-- (after an answer the call offers only 1/2/0, so the menu's 2 needs a call of its own).
--
-- Environment: BASE (http://127.0.0.1:<port>, the platform's opencity.base-url), AUTH_TOKEN, QUESTIONS (file),
-- RUN_TAG (makes CallSids unique per run), STRIDE (question index step per call of a thread; 1), THINK_MS (mean
-- pause before each turn, uniform 0.5x..1.5x; 0 = none, a closed loop), DIGIT_TURNS (1: status calls too).
-- Prints RESULT (common.lua), a KIND line per turn type with counts of non-200, unexpected replies and <Say>
-- fallbacks (a prompt without a stored WAV), and CALLS.
local here = os.getenv("BENCH_DIR") or "."
package.path = here .. "/../reports/?.lua;" .. here .. "/../dossiers/?.lua;" .. package.path
local common = require("common")
local stats = require("stats")
common.expected = 200

local ffi = require("ffi")
ffi.cdef [[
   typedef struct opencity_evp_md_st OPENCITY_EVP_MD;
   const OPENCITY_EVP_MD *EVP_sha1(void);
   unsigned char *HMAC(const OPENCITY_EVP_MD *evp_md, const void *key, int key_len, const unsigned char *d,
                       size_t n, unsigned char *md, unsigned int *md_len);
   int EVP_EncodeBlock(unsigned char *t, const unsigned char *f, int n);
]]
local crypto = ffi.C -- wrk links libcrypto (TLS support); its symbols are in the process
if not pcall(function() return crypto.EVP_sha1 end) then crypto = ffi.load("crypto") end
local md = ffi.new("unsigned char[64]")
local md_len = ffi.new("unsigned int[1]")
local b64 = ffi.new("unsigned char[96]")

local BASE = os.getenv("BASE") or error("calls.lua: set BASE")
local TOKEN = os.getenv("AUTH_TOKEN") or error("calls.lua: set AUTH_TOKEN")
local RUN_TAG = os.getenv("RUN_TAG") or tostring(os.time())
local STRIDE = tonumber(os.getenv("STRIDE") or "1")
local THINK_MS = tonumber(os.getenv("THINK_MS") or "0")
local DIGIT_TURNS = (os.getenv("DIGIT_TURNS") or "1") == "1"

local KINDS = { "start", "question", "repeat", "ask", "menu2", "code", "phone", "hangup" }

local function sign(url, params)
   local names = {}
   for name, _ in pairs(params) do names[#names + 1] = name end
   table.sort(names)
   local parts = { url }
   for _, name in ipairs(names) do parts[#parts + 1] = name .. params[name] end
   local data = table.concat(parts)
   crypto.HMAC(crypto.EVP_sha1(), TOKEN, #TOKEN, data, #data, md, md_len)
   local n = crypto.EVP_EncodeBlock(b64, md, md_len[0])
   return ffi.string(b64, n)
end

local function encode(s)
   return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function form(params)
   local parts = {}
   for name, value in pairs(params) do parts[#parts + 1] = name .. "=" .. encode(value) end
   return table.concat(parts, "&")
end

-- ---------------------------------------------------------------------------------------------- per thread
questions = {}
-- Latencies are kept as histograms (bucket -> count: 0.1 ms wide below 10 ms, 1 ms below 1 s, 10 ms above), not
-- as lists: copying 200 threads' lists of every latency into the main state in done() crashed wrk (signal 11).
local function bucket(us)
   if us < 10000 then return us - us % 100 + 50 end
   if us < 1000000 then return us - us % 1000 + 500 end
   return us - us % 10000 + 5000
end
for _, kind in ipairs(KINDS) do
   _G["h_" .. kind] = {}
   _G["n_" .. kind] = 0
   _G["bad_" .. kind] = 0    -- answered with a status other than 200
   _G["unexp_" .. kind] = 0  -- 200, but not the prompt this step leads to
   _G["say_" .. kind] = 0    -- a <Say>: some prompt had no stored WAV (synthesis failed or took too long)
end
calls_question, calls_status, calls_cut = 0, 0, 0
pending, pending_since = 0, 0 -- a turn sent and not answered yet (when the run ends: still waiting)
first_unexpected = nil

local call_no = 0        -- calls started by this caller
local question_calls = 0
local plan, step = nil, 0
local sid, from = nil, nil
local next_url = nil     -- where the last reply's <Gather> sends the caller's answer
local sent_kind, sent_at = nil, 0

local function question_call(q1, q2)
   return {
      { kind = "start", url = "/hotline/twiml/voice", params = { CallStatus = "ringing" }, leads = "menu" },
      { kind = "question", speech = q1, leads = "answered" },
      { kind = "repeat", digits = "1", leads = "answered" },
      { kind = "ask", digits = "2", leads = "question" },
      { kind = "question", speech = q2, leads = "answered" },
      { kind = "hangup", url = "/hotline/twiml/status", params = { CallStatus = "completed" } },
      type = "question",
   }
end

local function status_call()
   return {
      { kind = "start", url = "/hotline/twiml/voice", params = { CallStatus = "ringing" }, leads = "menu" },
      { kind = "menu2", digits = "2", leads = "dossier-code" },
      -- six digits: a dossier number of this year (HS-<year>-<6 digits>), random, so nearly never one that exists
      -- and never ten misses on one code (the look-up's throttle would answer instead of "not found")
      { kind = "code", digits = string.format("%06d", math.random(0, 999999)), leads = "dossier-phone" },
      { kind = "phone", digits = string.format("%04d", math.random(0, 9999)), leads = "dossier-code" },
      { kind = "hangup", url = "/hotline/twiml/status", params = { CallStatus = "completed" } },
      type = "status",
   }
end

local function new_call()
   call_no = call_no + 1
   sid = string.format("CA%s%04dx%06d", RUN_TAG, thread_id or 0, call_no)
   from = string.format("+849%02d%06d", (thread_id or 0) % 100, call_no % 1000000)
   if DIGIT_TURNS and call_no % 2 == 0 then
      plan = status_call()
   else
      local i = ((thread_id or 1) - 1 + question_calls * STRIDE) % #questions
      question_calls = question_calls + 1
      plan = question_call(questions[i + 1], questions[(i + 1) % #questions + 1])
   end
   step = 1
   next_url = nil
end

local function hang_up_now() -- skip to the plan's last step (the status callback)
   calls_cut = calls_cut + 1
   step = #plan
end

function init(args)
   math.randomseed(os.time() * 1000 + (thread_id or 0))
   local f = assert(io.open(os.getenv("QUESTIONS") or (here .. "/questions.txt")))
   for line in f:lines() do
      line = string.gsub(line, "%s+$", "")
      if line ~= "" and string.sub(line, 1, 1) ~= "#" then questions[#questions + 1] = line end
   end
   f:close()
   assert(#questions > 1, "calls.lua: no questions")
   new_call()
end

local all_threads = {}
setup = function(thread)
   common.setup(thread)
   stats.track(thread)
   table.insert(all_threads, thread)
end

function request()
   local s = plan[step]
   local url
   if s.url then
      url = BASE .. s.url
   else
      url = next_url
   end
   local params = {
      CallSid = sid, AccountSid = "AC00000000000000000000000000000001", From = from, To = "+842439999999",
      Direction = "inbound",
   }
   if s.params then for k, v in pairs(s.params) do params[k] = v end end
   if s.speech then
      params.SpeechResult = s.speech; params.Confidence = "0.91"; params.CallStatus = "in-progress"
   elseif s.digits then
      params.Digits = s.digits; params.CallStatus = "in-progress"
   end
   local path = string.match(url, "^https?://[^/]+(/.*)$")
   sent_kind = s.kind
   sent_at = stats.now_us()
   pending, pending_since = 1, sent_at
   return wrk.format("POST", path, {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Twilio-Signature"] = sign(url, params),
   }, form(params))
end

if THINK_MS > 0 then
   function delay()
      return math.floor(THINK_MS * (0.5 + math.random()))
   end
end

function response(status, headers, body)
   common.response(status, headers, body)
   local kind = sent_kind
   local h = _G["h_" .. kind]
   local b = bucket(stats.now_us() - sent_at)
   h[b] = (h[b] or 0) + 1
   pending = 0
   _G["n_" .. kind] = _G["n_" .. kind] + 1
   local s = plan[step]
   if s.kind == "hangup" then
      if status ~= 200 then _G["bad_" .. kind] = _G["bad_" .. kind] + 1 end
      if plan.type == "question" then calls_question = calls_question + 1 else calls_status = calls_status + 1 end
      new_call()
      return
   end
   if status ~= 200 then
      _G["bad_" .. kind] = _G["bad_" .. kind] + 1
      hang_up_now()
      return
   end
   body = body or ""
   if string.find(body, "<Say", 1, true) then _G["say_" .. kind] = _G["say_" .. kind] + 1 end
   local action = string.match(body, "<Gather[^>]-%saction=\"([^\"]+)\"")
   local leads = action and string.match(action, "/hotline/twiml/([%w%-]+)$")
   if not action or (leads ~= s.leads and not (kind == "phone" and leads == "menu")) then
      _G["unexp_" .. kind] = _G["unexp_" .. kind] + 1
      if first_unexpected == nil then
         first_unexpected = kind .. " -> " .. tostring(leads) .. ": " .. string.sub(string.gsub(body, "%s+", " "), 1, 400)
      end
      hang_up_now()
      return
   end
   next_url = action
   step = step + 1
end

local function merged_histogram(name)
   local sum = {}
   for _, thread in ipairs(all_threads) do
      for b, n in pairs(thread:get(name) or {}) do sum[b] = (sum[b] or 0) + n end
   end
   local keys, total = {}, 0
   for b, n in pairs(sum) do keys[#keys + 1] = b; total = total + n end
   table.sort(keys)
   return sum, keys, total
end

local function kind_line(kind, seconds)
   local sum, keys, total = merged_histogram("h_" .. kind)
   if total == 0 then return nil end
   local function pct(p)
      local want, seen = math.ceil(p / 100 * total), 0
      for _, b in ipairs(keys) do
         seen = seen + sum[b]
         if seen >= want then return b end
      end
      return keys[#keys]
   end
   local mean = 0
   for _, b in ipairs(keys) do mean = mean + b * sum[b] end
   return string.format("KIND %s n=%d p50_us=%d p90_us=%d p95_us=%d p99_us=%d max_us=%d mean_us=%.0f per_s=%.1f",
      kind, total, pct(50), pct(90), pct(95), pct(99), keys[#keys], mean / total, total / seconds)
end

function done(summary, latency, requests)
   common.done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   for _, kind in ipairs(KINDS) do
      local line = kind_line(kind, seconds)
      if line then
         local c = stats.sum_counts({ "bad_" .. kind, "unexp_" .. kind, "say_" .. kind })
         io.write(line .. string.format(" non200=%d unexpected=%d say=%d\n",
            c["bad_" .. kind], c["unexp_" .. kind], c["say_" .. kind]))
      end
   end
   local c = stats.sum_counts({ "calls_question", "calls_status", "calls_cut" })
   io.write(string.format("CALLS question=%d status=%d per_s=%.1f cut_short=%d\n", c.calls_question, c.calls_status,
      (c.calls_question + c.calls_status) / seconds, c.calls_cut))
   -- turns still unanswered when wrk stopped: wrk leaves them out of every figure above
   -- (in a closed loop every caller has one in flight at the end; those older than 1 s or 5 s are the stuck ones)
   local now, waiting, over1, over5, oldest = stats.now_us(), 0, 0, 0, 0
   for _, thread in ipairs(all_threads) do
      if thread:get("pending") == 1 then
         local age = now - thread:get("pending_since")
         waiting = waiting + 1
         if age > 1000000 then over1 = over1 + 1 end
         if age > 5000000 then over5 = over5 + 1 end
         oldest = math.max(oldest, age)
      end
   end
   io.write(string.format("PENDING turns=%d over_1s=%d over_5s=%d oldest_ms=%d\n", waiting, over1, over5,
      math.floor(oldest / 1000)))
   for _, thread in ipairs(all_threads) do -- the first unexpected reply of any thread
      local u = thread:get("first_unexpected")
      if u then io.write("UNEXPECTED " .. string.gsub(u, "[\r\n]+", " ") .. "\n"); break end
   end
end
