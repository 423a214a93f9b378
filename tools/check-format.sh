#!/bin/sh
# Fails when a C++ source of the module is not in ns-3.37's clang-format style.
clang_format=${1:-clang-format}
cd "$(dirname "$0")/.." || exit 2
files=$(git ls-files '*.cc' '*.h' 2>/dev/null)
[ -n "$files" ] || files=$(find model helper examples test bench cmake bindings -name '*.cc' -o -name '*.h')
bad=0
for f in $files; do
    [ -f "$f" ] || continue
    if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run ./ns3-sctp format)"
        bad=$((bad + 1))
    fi
done
echo "$(echo "$files" | wc -w) files checked, $bad not formatted"
[ "$bad" -eq 0 ]
