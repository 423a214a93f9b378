#!/bin/sh
# Runs the flagship example briefly and checks its pcap with tshark: every SCTP packet decodes,
# none is malformed, every CRC32c is good.
# Usage: check-example-pcap.sh EXAMPLE_BINARY WORK_DIR
set -u
example=$1
dir=$2
rm -rf "$dir" && mkdir -p "$dir" || exit 2
command -v tshark >/dev/null || { echo "tshark not found: it is a declared dependency (apt-get install tshark)"; exit 1; }
"$example" --bytes=2000000 --loss=0.01 --outDir="$dir" --plot=false > "$dir/summary.txt" 2>&1 ||
    { cat "$dir/summary.txt"; echo "the example failed"; exit 1; }
pcap="$dir/sctp-bulk-client.pcap"
[ -s "$pcap" ] || { echo "no pcap written"; exit 1; }
export WIRESHARK_CONFIG_DIR="$dir/wireshark"
mkdir -p "$WIRESHARK_CONFIG_DIR"
opts="-n -o sctp.checksum:crc-32c"
frames=$(tshark $opts -r "$pcap" -T fields -e frame.number | wc -l)
sctp=$(tshark $opts -r "$pcap" -Y sctp -T fields -e frame.number | wc -l)
good=$(tshark $opts -r "$pcap" -Y 'sctp.checksum.status == 1' -T fields -e frame.number | wc -l)
bad=$(tshark $opts -r "$pcap" -Y 'sctp.checksum.status == 0' -T fields -e frame.number | wc -l)
malformed=$(tshark $opts -r "$pcap" -Y '_ws.malformed || _ws.expert.severity >= 8388608' -T fields -e frame.number | wc -l)
echo "frames $frames, sctp $sctp, checksum good $good, bad $bad, malformed or error $malformed"
[ "$frames" -gt 100 ] && [ "$sctp" -eq "$frames" ] && [ "$good" -eq "$frames" ] && [ "$bad" -eq 0 ] &&
    [ "$malformed" -eq 0 ]
