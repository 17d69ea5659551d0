#!/bin/sh
# Print the packages of packaging/linux-packages.txt, one a line: those of the groups named
# (runtime, build, tests, ci), or of every group. POSIX sh and awk only: it runs on a clean machine.
#   sudo apt-get install $(packaging/linux-packages.sh runtime tests)
exec awk -v want="$*" '
  BEGIN { n = split(want, w, " "); for (i = 1; i <= n; i++) g[w[i]] = 1; on = (n == 0) }
  { sub(/#.*/, "") }
  /^[ \t]*\[/ { gsub(/[][ \t]/, ""); on = (n == 0 || ($0 in g)); seen[$0] = 1; next }
  NF && on { print $1 }
  END { for (x in g) if (!(x in seen)) { print "linux-packages.sh: no group [" x "]" > "/dev/stderr"; exit 2 } }
' "$(dirname "$0")/linux-packages.txt"
