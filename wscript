# -*- Mode: python; py-indent-offset: 4; indent-tabs-mode: nil; coding: utf-8; -*-
# The sctp module for waf-era ns-3 trees (ns-3.35 and earlier). It globs the same folders as
# CMakeLists.txt; test/check-build-files.py checks that both name the same files.

import glob
import os


def sctp_files(srcdir, have_usrsctp):
    """Return (sources, headers, test sources), relative to srcdir, sorted."""

    def collect(patterns):
        found = set()
        for pattern in patterns:
            for path in glob.glob(os.path.join(srcdir, pattern), recursive=True):
                found.add(os.path.relpath(path, srcdir))
        return sorted(found)

    sources = collect(['model/**/*.cc', 'helper/**/*.cc'])
    headers = collect(['model/**/*.h', 'helper/**/*.h'])
    tests = collect(['test/*.cc'])
    if not have_usrsctp:
        sources = [s for s in sources if not s.startswith('model/reference/')]
        headers = [h for h in headers if not h.startswith('model/reference/')]
        tests = [t for t in tests if 'reference' not in t]
    return sources, headers, tests


def configure(conf):
    conf.check_nonfatal(lib='crypto', header_name='openssl/hmac.h', uselib_store='SCTP_OPENSSL',
                        define_name='HAVE_OPENSSL_CRYPTO', mandatory=True)
    conf.env['SCTP_HAVE_USRSCTP'] = conf.check_nonfatal(lib='usrsctp', header_name='usrsctp.h',
                                                        uselib_store='SCTP_USRSCTP',
                                                        define_name='HAVE_USRSCTP')
    conf.report_optional_feature('sctp-usrsctp', 'SCTP usrsctp reference peer',
                                 bool(conf.env['SCTP_HAVE_USRSCTP']), 'libusrsctp not found')


def build(bld):
    srcdir = bld.path.abspath()
    sources, headers, tests = sctp_files(srcdir, bool(bld.env['SCTP_HAVE_USRSCTP']))

    module = bld.create_ns3_module('sctp', ['internet', 'applications', 'point-to-point',
                                            'network', 'core'])
    module.source = sources
    module.use.append('SCTP_OPENSSL')
    if bld.env['SCTP_HAVE_USRSCTP']:
        module.use.append('SCTP_USRSCTP')

    module_test = bld.create_ns3_module_test_library('sctp')
    module_test.source = tests

    header_task = bld(features='ns3header')
    header_task.module = 'sctp'
    header_task.source = headers

    if bld.env['ENABLE_EXAMPLES']:
        bld.recurse('examples')
