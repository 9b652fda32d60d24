-- wrk script for bench/webhook/run.sh. With a DIR it posts the signed deliveries that SignedDeliveries.java wrote
-- there, each once, one file per wrk thread; without, it sends the plain GET of the URL (the bare endpoint).
--   wrk -t2 -c64 -d30s --latency -s bench/webhook/load.lua http://127.0.0.1:8081/webhooks/whatsapp -- RATE [DIR]
-- RATE 0: every connection sends back to back (the most the service takes). Otherwise requests per second for each
-- wrk thread, spaced on a fixed schedule, to measure latency at that load. A thread that runs out of deliveries stops
-- and says so: size the files for the run.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *time);
]]
local clock = ffi.new("bench_timespec")

local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

function init(args)
  local rate = tonumber(args[1] or "0")
  interval = (rate > 0) and (1000 / rate) or nil
  exhausted = 0
  if args[2] then
    deliveries = io.open(args[2] .. "/deliveries-" .. number .. ".txt", "r")
    if deliveries == nil then
      error("no deliveries for thread " .. number .. " in " .. args[2])
    end
  end
end

function delay()
  if interval == nil then
    return 0
  end
  local now = now_ms()
  slot = math.max(slot or now, now - interval) + interval
  return math.max(0, math.floor(slot - now))
end

function request()
  if deliveries == nil then
    return wrk.request()
  end
  local line = deliveries:read("*l")
  if line == nil then
    exhausted = 1
    wrk.thread:stop()
    return wrk.format("GET", "/health/railway")
  end
  local tab = line:find("\t", 1, true)
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["X-Hub-Signature-256"] = line:sub(1, tab - 1)
  }, line:sub(tab + 1))
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    if thread:get("exhausted") == 1 then
      io.write("warning: a wrk thread ran out of deliveries; make the files larger\n")
    end
  end
end
