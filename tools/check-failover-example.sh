#!/bin/sh
# Runs the failover example briefly in both modes (link down, 100% loss) and checks that each run
# checked out (exit status 0), failed over to the alternate and came back to the primary, and
# that the pcaps of host A's two devices decode in tshark: every packet SCTP, none malformed,
# every CRC32c good.
# Usage: check-failover-example.sh EXAMPLE_BINARY WORK_DIR
set -u
example=$1
dir=$2
rm -rf "$dir" && mkdir -p "$dir" || exit 2
command -v tshark >/dev/null || { echo "tshark not found: it is a declared dependency (apt-get install tshark)"; exit 1; }
export WIRESHARK_CONFIG_DIR="$dir/wireshark"
mkdir -p "$WIRESHARK_CONFIG_DIR"
opts="-n -o sctp.checksum:crc-32c"
status=0

# check_pcap FILE MIN_FRAMES
check_pcap() {
    frames=$(tshark $opts -r "$1" -T fields -e frame.number | wc -l)
    sctp=$(tshark $opts -r "$1" -Y sctp -T fields -e frame.number | wc -l)
    good=$(tshark $opts -r "$1" -Y 'sctp.checksum.status == 1' -T fields -e frame.number | wc -l)
    bad=$(tshark $opts -r "$1" -Y 'sctp.checksum.status == 0' -T fields -e frame.number | wc -l)
    malformed=$(tshark $opts -r "$1" -Y '_ws.malformed || _ws.expert.severity >= 8388608' -T fields -e frame.number | wc -l)
    echo "  $(basename "$1"): frames $frames, sctp $sctp, checksum good $good, bad $bad, malformed or error $malformed"
    [ "$frames" -ge "$2" ] && [ "$sctp" -eq "$frames" ] && [ "$good" -eq "$frames" ] && [ "$bad" -eq 0 ] &&
        [ "$malformed" -eq 0 ]
}

for mode in down loss; do
    out="$dir/$mode"
    echo "mode $mode:"
    if ! "$example" --mode="$mode" --failAt=4s --returnAt=12s --time=18 --outDir="$out" --plot=false \
        > "$dir/$mode.txt" 2>&1; then
        cat "$dir/$mode.txt"
        echo "  the example failed"
        status=1
        continue
    fi
    grep -q "checked OK" "$dir/$mode.txt" || { echo "  no 'checked OK'"; status=1; }
    grep -q "data switched to the alternate" "$dir/$mode.txt" ||
        { echo "  data never moved to the alternate"; status=1; }
    grep -q "data returned to the primary" "$dir/$mode.txt" ||
        { echo "  data never came back to the primary"; status=1; }
    for path in 0 1; do
        pcap="$out/sctp-failover-a-path$path.pcap"
        [ -s "$pcap" ] || { echo "  no $pcap"; status=1; continue; }
        check_pcap "$pcap" 20 || status=1
    done
done
[ "$status" -eq 0 ] && echo "both modes OK"
exit "$status"
