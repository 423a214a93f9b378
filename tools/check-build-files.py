#!/usr/bin/env python3
"""Checks that the wscript and CMakeLists.txt name the same sources, headers and tests.

Usage: check-build-files.py SOURCE_DIR CMAKE_LIST_FILE
The CMake list file is written by CMakeLists.txt at configure time.
"""

import importlib.machinery
import importlib.util
import sys


def read_cmake_lists(path):
    sections = {}
    current = None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith('[') and line.endswith(']'):
                current = line[1:-1]
                sections[current] = []
            elif line and current:
                sections[current].append(line)
    return sections


def main():
    srcdir, cmake_file = sys.argv[1], sys.argv[2]
    loader = importlib.machinery.SourceFileLoader('sctp_wscript', srcdir + '/wscript')
    spec = importlib.util.spec_from_loader('sctp_wscript', loader)
    wscript = importlib.util.module_from_spec(spec)
    loader.exec_module(wscript)
    cmake = read_cmake_lists(cmake_file)
    # CMake filters model/reference/ out when libusrsctp is absent; compare like with like.
    have_usrsctp = any(s.startswith('model/reference/') for s in cmake.get('sources', []))
    sources, headers, tests = wscript.sctp_files(srcdir, have_usrsctp)
    failures = 0
    for name, waf in (('sources', sources), ('headers', headers), ('tests', tests)):
        cm = sorted(cmake.get(name, []))
        if cm != waf:
            failures += 1
            print(f'{name} differ:')
            for f in sorted(set(cm) - set(waf)):
                print(f'  only in CMake: {f}')
            for f in sorted(set(waf) - set(cm)):
                print(f'  only in wscript: {f}')
        else:
            print(f'{name}: {len(cm)} files, same in both')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
