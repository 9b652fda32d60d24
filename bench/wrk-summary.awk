# Reads wrk's report (run with --latency) and prints one line: requests per second, p50, p99 and max latency in ms,
# the count of answers other than 2xx, then wrk's socket errors line if there was one.
#
#   wrk --latency ... | awk -f bench/wrk-summary.awk
function ms(v) {
  if (v ~ /us$/) return v / 1000
  if (v ~ /ms$/) return v + 0
  if (v ~ /m$/) return v * 60000
  if (v ~ /s$/) return v * 1000
  return v
}
$1 == "Latency" && NF >= 4 { max = ms($4) }
$1 == "50%" { p50 = ms($2) }
$1 == "99%" { p99 = ms($2) }
/^Requests\/sec/ { rps = $2 }
/Non-2xx/ { bad = $NF }
/Socket errors/ { errors = $0 }
/^warning:/ { print > "/dev/stderr" }
END { printf "%.0f %.2f %.2f %d %.2f %s\n", rps, p50, p99, bad, max, errors }
