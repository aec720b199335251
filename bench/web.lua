-- wrk script of bench/web.py: each request carries the next person's session cookie, so a burst is many
-- different people, not one; counts the answers by kind and prints them, with wrk's figures, as one JSON line.
-- wrk -s bench/web.lua URL -- COOKIES_FILE ROLE COOKIE_NAME MARKER
--   COOKIES_FILE  a Lua file returning {role = {session key, ...}, ...} (written by bench/web.py)
--   ROLE          whose cookies to send, or "-" for nobody (a public page)
--   MARKER        text every right answer contains (e.g. the logout link of a logged-in page), or "-"
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file, role, name, wanted = args[1], args[2], args[3], args[4]
  if role ~= "-" then
    cookies = dofile(file)[role]
    prefix = name .. "="
  end
  marker = wanted ~= "-" and wanted or nil
  -- each thread starts elsewhere in the list, so that two threads do not send the same person together
  position = cookies and (id * math.floor(#cookies / 2)) % #cookies or 0
  ok, redirected, other, unmarked = 0, 0, 0, 0
end

function request()
  if cookies then
    position = position % #cookies + 1
    wrk.headers["Cookie"] = prefix .. cookies[position]
  end
  return wrk.format()
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
    if marker and not string.find(body, marker, 1, true) then
      unmarked = unmarked + 1
    end
  elseif status >= 300 and status < 400 then
    redirected = redirected + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local totals = { ok = 0, redirected = 0, other = 0, unmarked = 0 }
  for _, thread in ipairs(threads) do
    for key in pairs(totals) do
      totals[key] = totals[key] + thread:get(key)
    end
  end
  local errors = summary.errors
  io.write(string.format(
    'JSON {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p99_us": %d, "max_us": %d,'
      .. ' "ok": %d, "redirected": %d, "other": %d, "unmarked": %d, "socket_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    latency.max, totals.ok, totals.redirected, totals.other, totals.unmarked,
    errors.connect + errors.read + errors.write, errors.timeout
  ))
end
